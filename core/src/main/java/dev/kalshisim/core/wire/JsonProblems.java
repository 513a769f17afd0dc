package dev.kalshisim.core.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a JSON read failure into one line for a 400 response: the field path and what was wrong. */
public final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * A message such as {@code price: price has more than 4 decimals: "0.12345"}, or
     * {@code orders[1].side: unknown BookSide "buy"; expected one of "bid", "ask"}.
     */
    public static String describe(JsonProcessingException problem) {
        String reason = reason(problem);
        if (problem instanceof JsonMappingException mapping && !(problem instanceof UnrecognizedPropertyException)) {
            String path = path(mapping.getPath());
            if (!path.isEmpty()) {
                return path + ": " + reason;
            }
        }
        return reason;
    }

    private static String reason(JsonProcessingException problem) {
        // A @JsonCreator that throws (wire enums) is wrapped; its own message is the clear one.
        Throwable cause = problem.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String original = problem.getOriginalMessage();
        return original == null ? "malformed JSON" : oneLine(original);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining(" "));
    }
}
