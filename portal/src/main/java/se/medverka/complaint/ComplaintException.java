package se.medverka.complaint;

import java.util.List;

/** A refused request: one or more translated problems, each tied to a form field or to none. */
public class ComplaintException extends RuntimeException {

    private final List<Problem> problems;

    public ComplaintException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public ComplaintException(String messageKey, Object... args) {
        this(List.of(new Problem(null, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param field      the form field it concerns ({@code null}: the whole form)
     * @param messageKey translation key of the message
     * @param args       arguments of the message
     */
    public record Problem(String field, String messageKey, Object... args) {
        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + messageKey;
        }
    }
}
