package se.medverka.legal;

import java.util.List;

/** Bad input to a legal form: translation keys of the messages, with the field each belongs to. */
public class LegalException extends RuntimeException {

    /** One problem: the field ({@code null} for the whole form) and the message key. */
    public record Problem(String field, String messageKey) {
    }

    private final transient List<Problem> problems;

    public LegalException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public LegalException(String messageKey) {
        this(List.of(new Problem(null, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
