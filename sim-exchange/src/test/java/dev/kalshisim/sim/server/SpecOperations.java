package dev.kalshisim.sim.server;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the project's copy of Kalshi's OpenAPI document, with its parameters and
 * request-body schema resolved, in the document's order: what {@link OpenApiCoverageIT} walks.
 */
final class SpecOperations {

    /** One operation: {@code route} is {@code "METHOD /template"} exactly as the spec writes it. */
    record SpecOperation(String method, String template, String operationId, List<Parameter> parameters,
            Schema<?> requestBody) {

        String route() {
            return method + " " + template;
        }

        List<Parameter> required(String in) {
            return parameters.stream().filter(p -> in.equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())).toList();
        }

        List<String> pathParams() {
            return parameters.stream().filter(p -> "path".equals(p.getIn())).map(Parameter::getName).toList();
        }
    }

    private SpecOperations() {
    }

    /** Reads the spec copy from test resources. */
    static List<SpecOperation> read() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec(), null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("cannot parse " + OpenApiCheck.SPEC_RESOURCE + ": " + parsed.getMessages());
        }
        List<SpecOperation> out = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                if (path.getValue().getParameters() != null) {
                    parameters.addAll(path.getValue().getParameters());
                }
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
                Schema<?> body = null;
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    MediaType json = operation.getRequestBody().getContent().get("application/json");
                    body = json == null ? null : json.getSchema();
                }
                out.add(new SpecOperation(entry.getKey().name(), path.getKey(), operation.getOperationId(),
                        List.copyOf(parameters), body));
            }
        }
        return out;
    }

    private static String spec() {
        try (InputStream in = SpecOperations.class.getResourceAsStream(OpenApiCheck.SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + OpenApiCheck.SPEC_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
