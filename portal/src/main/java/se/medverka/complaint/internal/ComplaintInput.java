package se.medverka.complaint.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.medverka.complaint.ComplaintException.Problem;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.text.InputText;
import se.medverka.shared.codes.Coded;
import se.medverka.shared.codes.Ground;

/**
 * Checks a submission completely before anything is stored, and returns it cleaned (trimmed,
 * line breaks normalised) or every problem found, each with the field it belongs to.
 */
public final class ComplaintInput {

    public static final int MAX_PLACE = 1000;
    public static final int MAX_WHAT = 5000;
    public static final int MAX_WISH = 2000;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_NOTE = 5000;

    public static final List<String> CONCERNS = List.of("TREATMENT", "ACCESSIBILITY", "BOTH");
    public static final List<String> ANONYMITY = List.of("ANONYMOUS", "PIN", "NAMED");
    /** The seven grounds of Diskrimineringslagen 1 kap. 4 §, in the law's order. */
    public static final List<String> GROUNDS = Coded.codes(Ground.class);

    // Control characters other than tab and line breaks have no place in a complaint.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    // Markup is refused rather than silently stripped, so nobody wonders what was lost.
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private ComplaintInput() {
    }

    /** A cleaned, valid submission. */
    public record Clean(String concerns, String serviceType, String district, String place, LocalDate incidentDate,
                        String what, List<String> grounds, String wish, String anonymity, String name, String email,
                        String language) {
    }

    public static Clean check(ComplaintSubmission s, List<String> serviceTypes, Set<String> districts,
                              LocalDate today, List<Problem> problems) {
        String concerns = choice(problems, "concerns", s.concerns(), CONCERNS, true);
        String serviceType = choice(problems, "serviceType", InputText.blankToNull(s.serviceType()), serviceTypes, false);
        String district = choice(problems, "district", InputText.blankToNull(s.district()), List.copyOf(districts), false);
        String place = text(problems, "place", s.place(), MAX_PLACE, false);
        String what = text(problems, "what", s.what(), MAX_WHAT, true);
        String wish = text(problems, "wish", s.wish(), MAX_WISH, false);
        if (s.incidentDate() != null && (s.incidentDate().isAfter(today) || s.incidentDate().isBefore(today.minusYears(10)))) {
            problems.add(new Problem("incidentDate", "complaint.form.date.error.range"));
        }
        Set<String> grounds = new LinkedHashSet<>();
        for (String g : s.grounds() == null ? List.<String>of() : s.grounds()) {
            if (g == null || !GROUNDS.contains(g)) { // List.of(…).contains(null) would throw
                problems.add(new Problem("grounds", "complaint.form.error.choice"));
                break;
            }
            grounds.add(g);
        }
        String anonymity = choice(problems, "anonymity", s.anonymity(), ANONYMITY, true);
        String name = null;
        String email = null;
        if ("NAMED".equals(anonymity)) {
            name = text(problems, "name", s.name(), MAX_NAME, false);
            email = text(problems, "email", s.email(), MAX_EMAIL, true);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add(new Problem("email", "complaint.form.email.error.invalid"));
            }
        }
        String language = Language.fromCode(s.language()).map(Language::code).orElse(null);
        if (language == null) {
            problems.add(new Problem(null, "complaint.form.error.language"));
        }
        return new Clean(concerns, serviceType, district, place, s.incidentDate(), what,
                GROUNDS.stream().filter(grounds::contains).toList(), wish, anonymity, name, email, language);
    }

    /** A free text: trimmed, {@code null} when empty, refused when too long, with control characters or markup. */
    public static String text(List<Problem> problems, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.replace("\r\n", "\n").strip();
        if (v.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, "complaint.form.error.required"));
            }
            return null;
        }
        if (v.length() > max) {
            problems.add(new Problem(field, "complaint.form.error.toolong", max));
        } else if (CONTROL.matcher(v).find()) {
            problems.add(new Problem(field, "complaint.form.error.control"));
        } else if (MARKUP.matcher(v).find()) {
            problems.add(new Problem(field, "complaint.form.error.markup"));
        }
        return v;
    }

    private static String choice(List<Problem> problems, String field, String value, List<String> allowed, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new Problem(field, "complaint.form.error.required"));
            }
            return null;
        }
        if (!allowed.contains(value)) {
            problems.add(new Problem(field, "complaint.form.error.choice"));
            return null;
        }
        return value;
    }

    /** Grounds as stored inside the encrypted field: comma-separated codes. */
    public static String joinGrounds(List<String> grounds) {
        return String.join(",", grounds);
    }

    public static List<String> splitGrounds(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(List.of(joined.split(",")));
    }
}
