package dev.kalshisim.sim.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.WireValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Describes why a request body could not be read, in the API's words: the field's JSON path and
 * the rule it breaks ({@code orders must be an array of order objects}), never a Java type,
 * a Jackson message or a parser position.
 *
 * <p>Jackson's own messages are never passed on. Only the messages of the project's parsers (the
 * fixed-point values of core, which name the value and the rule) are kept; every other problem is
 * described from the JSON path and the Java type the field maps to.
 */
public final class RequestProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,64})'");
    /** Core's wire enums name their Java type: {@code unknown Tier "gold"; expected one of ...}. */
    private static final Pattern UNKNOWN_WIRE_NAME =
            Pattern.compile("unknown [\\w ]{1,40} \"(.{0,64})\"; expected one of (.*)", Pattern.DOTALL);
    /** Text that must never reach a client: Java and Jackson names, parser positions. */
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|dev\\.kalshisim|com\\.fasterxml|jackson|Cannot deserialize|Cannot construct"
                    + "|Unrecognized token|Unexpected (token|character|end)|START_OBJECT|END_OBJECT|START_ARRAY"
                    + "|END_ARRAY|VALUE_(STRING|NUMBER|TRUE|FALSE|NULL)|FIELD_NAME|\\[Source:|line: \\d|column: \\d"
                    + "|Exception|ArrayList|LinkedHashMap|BigDecimal|BigInteger|\\bclass\\b",
            Pattern.CASE_INSENSITIVE);

    private RequestProblems() {
    }

    /** Why {@code body} is not JSON, e.g. {@code request body is not valid JSON: it ends too early}. */
    public static String syntax(JsonProcessingException problem) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(problem.getOriginalMessage()));
        if (duplicate.find()) {
            return "request body is not valid JSON: field \"" + duplicate.group(1) + "\" appears twice";
        }
        if (problem instanceof JsonEOFException) {
            return "request body is not valid JSON: it ends too early";
        }
        return "request body is not valid JSON";
    }

    /** Why a JSON body does not fit the request it should be, naming the field and the rule. */
    public static String binding(JsonProcessingException problem) {
        String path = problem instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        String field = path.isEmpty() ? "request body" : path;
        if (problem instanceof InputCoercionException
                || (problem.getCause() instanceof InputCoercionException)) {
            return field + " is out of range";
        }
        if (problem instanceof ValueInstantiationException creation && creation.getCause() instanceof NullPointerException
                && creation.getType() != null) {
            // Core's wire records copy their lists, which refuses null items.
            String lists = listFields(creation.getType().getRawClass());
            String prefix = path.isEmpty() ? "" : path + ".";
            return lists.isEmpty() ? field + " must not contain null" : prefix + lists + " must not contain null items";
        }
        if (problem instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            String own = ownMessage(mismatch, target);
            if (own != null) {
                return own.startsWith(field) ? own : field + ": " + own;
            }
            if (target.isEnum() && WireValue.class.isAssignableFrom(target)) {
                String got = mismatch instanceof InvalidFormatException bad && bad.getValue() instanceof String text
                        ? ", got \"" + clip(text) + "\"" : "";
                return field + " must be one of " + wireNames(target) + got;
            }
            return field + " must be " + expected(target, elementType(mismatch), lastField(mismatch));
        }
        if (problem.getCause() instanceof IllegalArgumentException cause) {
            return valueProblem(field, cause.getMessage());
        }
        return field + " has a value of the wrong type";
    }

    /**
     * Why the value of {@code field} was refused by one of core's parsers (a wire enum's
     * {@code fromWire}, a fixed-point parser), e.g. {@code tier must be one of "basic", ..., got "gold"}.
     */
    public static String valueProblem(String field, String parserMessage) {
        Matcher unknown = UNKNOWN_WIRE_NAME.matcher(String.valueOf(parserMessage));
        if (unknown.matches()) {
            return field + " must be one of " + unknown.group(2) + ", got \"" + unknown.group(1) + "\"";
        }
        return isPresentable(parserMessage) ? field + ": " + parserMessage : field + " is not a valid value";
    }

    /**
     * {@code message} when it is fit for a client, else a plain sentence: the last guard, for
     * messages built from text the simulator does not control.
     */
    public static String presentable(String message, String fallback) {
        return isPresentable(message) ? message : fallback;
    }

    /** Whether {@code message} is free of Java and Jackson names and parser positions. */
    public static boolean isPresentable(String message) {
        return message != null && !message.isBlank() && !INTERNALS.matcher(message).find();
    }

    /** The message of core's own value parsers, which name the value and the rule. */
    private static String ownMessage(MismatchedInputException mismatch, Class<?> target) {
        boolean ours = target == Count.class || target == Price.class || target == Money.class;
        String message = mismatch.getOriginalMessage();
        if (ours && message != null && message.contains("overflow")) {
            // An ArithmeticException's own words ("long overflow") are Java's, not the API's.
            String path = path(mismatch.getPath());
            return (path.isEmpty() ? "value" : path) + " is out of range";
        }
        return ours && isPresentable(message) ? message : null;
    }

    /** The JSON names of a record's list fields, joined with " or ". */
    private static String listFields(Class<?> type) {
        if (!type.isRecord()) {
            return "";
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> List.class.isAssignableFrom(component.getType()))
                .map(RequestProblems::wireName)
                .collect(Collectors.joining(" or "));
    }

    private static String wireName(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty name =
                component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return name != null && !name.value().isEmpty() ? name.value() : component.getName();
    }

    /** What a value of {@code target} looks like in JSON, in the API's words. */
    private static String expected(Class<?> target, Class<?> element, String field) {
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        if (target == Count.class) {
            return "a count string such as \"10.00\"";
        }
        if (target == Price.class) {
            return "a price string such as \"0.5600\"";
        }
        if (target == Money.class) {
            return "a dollar string such as \"10.0000\"";
        }
        if (target == Instant.class) {
            return "an RFC 3339 time such as \"2026-01-01T00:00:00Z\"";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            Class<?> item = target.isArray() ? target.getComponentType() : element;
            return item == null ? "an array" : "an array of " + plural(item, field);
        }
        if (target.isEnum() && WireValue.class.isAssignableFrom(target)) {
            return "one of " + wireNames(target);
        }
        return "an object";
    }

    private static String plural(Class<?> item, String field) {
        if (item == String.class) {
            return "strings";
        }
        String singular = expected(item, null, null);
        if (singular.equals("an integer")) {
            return "integers";
        }
        if (!singular.equals("an object")) {
            return "values that are each " + singular;
        }
        // "orders" holds order objects, "ids" would hold id objects.
        boolean named = field != null && field.length() > 1 && field.endsWith("s") && field.matches("[a-z_]+");
        return named ? field.substring(0, field.length() - 1).replace('_', ' ') + " objects" : "objects";
    }

    /**
     * The item type of the list field the problem is about, read from the record that declares it,
     * so {@code {"orders": 5}} can say "an array of objects" rather than "an array".
     */
    private static Class<?> elementType(MismatchedInputException mismatch) {
        List<JsonMappingException.Reference> path = mismatch.getPath();
        if (path.isEmpty()) {
            return null;
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        Object from = last.getFrom();
        Class<?> owner = from instanceof Class<?> type ? type : from == null ? null : from.getClass();
        if (owner == null || !owner.isRecord() || last.getFieldName() == null) {
            return null;
        }
        for (RecordComponent component : owner.getRecordComponents()) {
            if (wireName(component).equals(last.getFieldName())
                    && component.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments().length == 1) {
                Type argument = generic.getActualTypeArguments()[0];
                return argument instanceof Class<?> item ? item : null;
            }
        }
        return null;
    }

    private static String lastField(JsonMappingException mapping) {
        List<JsonMappingException.Reference> path = mapping.getPath();
        return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
    }

    private static String wireNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> "\"" + ((WireValue) constant).wire() + "\"")
                .collect(Collectors.joining(", "));
    }

    /** The JSON path of a field, e.g. {@code orders[1].side}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(clip(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String clip(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
