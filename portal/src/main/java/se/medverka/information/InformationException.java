package se.medverka.information;

import java.util.List;

/**
 * Bad input to the information pages or a translation file. Carries translation keys (and their
 * parameters) so the view can say what is wrong in the person's language; nothing was stored.
 */
public class InformationException extends RuntimeException {

    /** One thing that is wrong; {@code line} is the line of an import file, or 0. */
    public record Problem(int line, String messageKey, List<Object> params) {
        public Problem {
            params = List.copyOf(params);
        }
    }

    private final List<Problem> problems;

    public InformationException(String messageKey, Object... params) {
        this(List.of(new Problem(0, messageKey, List.of(params))));
    }

    public InformationException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid" : problems.getFirst().messageKey());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
