package nestling.ui.common;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import nestling.domain.Problem;
import nestling.domain.ValidationException;

/**
 * The window's words for the core's refusals: each {@link nestling.domain.Reason} has a bundle text
 * ({@code reason.NAME}), filled with its arguments in the bundle's locale. An enum argument (a timer
 * kind) is worded by {@code reason.arg.Type.NAME}. The English bundle says exactly what the CLI says.
 */
public final class ReasonTexts {
    private ReasonTexts() {
    }

    public static String text(ResourceBundle bundle, Problem problem) {
        if (!bundle.containsKey(problem.reason().key())) {
            return problem.english();
        }
        Object[] arguments = problem.arguments().stream().map(argument -> word(bundle, argument)).toArray();
        return new MessageFormat(bundle.getString(problem.reason().key()), Formats.locale(bundle)).format(arguments);
    }

    /** Field → text, in the order the problems were found. */
    public static Map<String, String> byField(ResourceBundle bundle, Map<String, Problem> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, problem) -> texts.put(field, text(bundle, problem)));
        return Collections.unmodifiableMap(texts);
    }

    /** Every problem of a refusal in one line, for places that show no field. */
    public static String joined(ResourceBundle bundle, ValidationException refused) {
        return String.join(" ", byField(bundle, refused.problems()).values());
    }

    private static Object word(ResourceBundle bundle, Object argument) {
        if (argument instanceof Enum<?> value) {
            String key = "reason.arg." + value.getDeclaringClass().getSimpleName() + "." + value.name();
            return bundle.containsKey(key) ? bundle.getString(key) : value.name().toLowerCase(java.util.Locale.ROOT);
        }
        return argument;
    }
}
