package se.medverka.information;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.information.InformationException.Problem;
import se.medverka.information.internal.InformationPage;
import se.medverka.information.internal.InformationPageRepository;
import se.medverka.information.internal.Markdown;
import se.medverka.information.internal.PageText;
import se.medverka.information.internal.PageWriter;
import se.medverka.information.internal.PageTextRepository;
import se.medverka.shared.i18n.FallbackChains;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;

/**
 * The information pages: anyone reads them (in their language, or the next one along the fallback
 * chain when a page is not yet translated); administrators create pages and write their texts per
 * language in Markdown, which is shown only after sanitising. Every change is audited.
 */
@Service
@Transactional
public class InformationPages {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_SLUG = 60;
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 50_000;

    /** A page in the list: its title in the language it is shown in. */
    public record PageSummary(String slug, String title, Language shown) {
    }

    /** A page to read; {@code shown} differs from {@code requested} when it fell back. */
    public record PageView(String slug, String title, String safeHtml, Language requested, Language shown,
                           TranslationStatus status) {
        public boolean fellBack() {
            return shown != requested;
        }
    }

    /** A page's translation status in every language, for administrators. */
    public record PageOverview(String slug, String swedishTitle, Map<Language, TranslationStatus> statuses) {
    }

    /** The stored text of a page in one language, for the editor. */
    public record PageDraft(String title, String markdown, TranslationStatus status) {
    }

    private final InformationPageRepository pages;
    private final PageTextRepository texts;
    private final FallbackChains chains;
    private final PageWriter writer;
    private final AuditLog audit;
    private final CurrentStaff staff;
    private final Clock clock;

    InformationPages(InformationPageRepository pages, PageTextRepository texts, FallbackChains chains,
                     PageWriter writer, AuditLog audit, CurrentStaff staff, Clock clock) {
        this.pages = pages;
        this.texts = texts;
        this.chains = chains;
        this.writer = writer;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** Every listed page, titled in the language or the nearest one along its chain. Open to everyone. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PageSummary> list(Language language) {
        List<PageSummary> list = new ArrayList<>();
        for (InformationPage page : pages.findAllByOrderByPositionAscSlugAsc()) {
            if (!page.isListed()) {
                continue;
            }
            nearest(page, language).ifPresent(t -> list.add(
                    new PageSummary(page.getSlug(), t.getTitle(), Language.fromCode(t.getLanguage()).orElseThrow())));
        }
        return list;
    }

    /** A page to read, in the language or the nearest one along its chain. Open to everyone. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<PageView> read(String slug, Language language) {
        return pages.findBySlug(slug).flatMap(page -> nearest(page, language).map(t -> new PageView(
                page.getSlug(), t.getTitle(), Markdown.toSafeHtml(t.getBody()), language,
                Language.fromCode(t.getLanguage()).orElseThrow(), t.getStatus())));
    }

    /** The sanitised HTML of a Markdown text, as readers would see it. */
    @PermitAll
    public String preview(String markdown) {
        return Markdown.toSafeHtml(markdown);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<PageOverview> overview() {
        return pages.findAllByOrderByPositionAscSlugAsc().stream().map(page -> {
            Map<Language, TranslationStatus> statuses = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                statuses.put(l, TranslationStatus.MISSING);
            }
            String swedish = page.getSlug();
            for (PageText t : texts.findByPageId(page.getId())) {
                Optional<Language> l = Language.fromCode(t.getLanguage());
                l.ifPresent(language -> statuses.put(language, t.getStatus()));
                if (l.orElse(null) == Language.SV) {
                    swedish = t.getTitle();
                }
            }
            return new PageOverview(page.getSlug(), swedish, statuses);
        }).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Optional<PageDraft> draft(String slug, Language language) {
        return pages.findBySlug(slug)
                .flatMap(page -> texts.findByPageIdAndLanguage(page.getId(), language.code()))
                .map(t -> new PageDraft(t.getTitle(), t.getBody(), t.getStatus()));
    }

    /** A new, empty page (its texts are written per language afterwards). */
    @RolesAllowed("ADMIN")
    public void create(String slug) {
        String s = slug == null ? "" : slug.strip();
        if (s.length() < 2 || s.length() > MAX_SLUG || !SLUG.matcher(s).matches()) {
            throw new InformationException("information.admin.slug.error.invalid");
        }
        if (pages.findBySlug(s).isPresent()) {
            throw new InformationException("information.admin.slug.error.taken");
        }
        InformationPage page = pages.save(new InformationPage(s, 100, clock.instant()));
        audit.record(staff.actor(), "PAGE_CREATED", "information_page", page.getSlug(), null);
    }

    /** Writes a page's text in one language. */
    @RolesAllowed("ADMIN")
    public void save(String slug, Language language, String title, String markdown, TranslationStatus status) {
        InformationPage page = pages.findBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new InformationException("information.admin.page.error.required"));
        List<Problem> problems = check(0, title, markdown, status);
        if (!problems.isEmpty()) {
            throw new InformationException(problems);
        }
        writer.write(page, language, title.strip(), markdown.strip(), status);
    }

    /** What is wrong with a page text; empty when it may be stored. */
    static List<Problem> check(int line, String title, String markdown, TranslationStatus status) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem(line, "information.admin.title.error.required", List.of()));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(new Problem(line, "information.admin.title.error.long", List.of(MAX_TITLE)));
        }
        if (markdown == null || markdown.isBlank()) {
            problems.add(new Problem(line, "information.admin.body.error.required", List.of()));
        } else if (markdown.strip().length() > MAX_BODY) {
            problems.add(new Problem(line, "information.admin.body.error.long", List.of(MAX_BODY)));
        }
        if (status == null || status == TranslationStatus.MISSING) {
            problems.add(new Problem(line, "information.admin.status.error.required", List.of()));
        }
        return problems;
    }

    private Optional<PageText> nearest(InformationPage page, Language language) {
        for (Language l : chains.chain(language)) {
            Optional<PageText> text = texts.findByPageIdAndLanguage(page.getId(), l.code());
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
