package se.medverka.shared.security;

/**
 * Encryption at rest of a resident's personal data (an e-mail address) for modules that keep such
 * data but have no key of their own. Declared here, in the open shared module, and implemented by the
 * complaint module with its key ({@code MEDVERKA_COMPLAINT_KEYS}), so that a module the complaint
 * module already depends on (legal, for the privacy notices) can use the key without a cycle.
 * {@code context} binds a ciphertext to its row and field, so values cannot be swapped unnoticed.
 */
public interface PersonalDataSeal {

    /** The ciphertext of {@code plain} for {@code context}; null stays null. */
    String seal(String plain, String context);

    /** The plain text; null stays null. */
    String open(String sealed, String context);

    /** Whether {@code sealed} was made with an older key than the current one (to re-seal it before the old key goes). */
    boolean oldKey(String sealed);
}
