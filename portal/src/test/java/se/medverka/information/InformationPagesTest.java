package se.medverka.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import se.medverka.audit.AuditLog;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;
import se.medverka.testsupport.AuditTrail;

@SpringBootTest
class InformationPagesTest {

    @Autowired InformationPages pages;
    @Autowired TranslationFiles files;
    @Autowired PortalI18NProvider i18n;
    @Autowired AuditTrail auditTrail;

    @Test
    void aPageMissingInMeankieliFallsBackToFinnish() {
        var page = pages.read("delta-i-en-dialog", Language.FIT).orElseThrow();
        assertThat(page.fellBack()).isTrue();
        assertThat(page.shown()).isEqualTo(Language.FI);
        assertThat(page.title()).isEqualTo("Näin osallistut kansalaiskeskusteluun");
        assertThat(pages.read("om-mr-programmet", Language.FIT).orElseThrow().fellBack()).isFalse();
        assertThat(pages.list(Language.YI)).hasSize(4);
    }

    @Test
    void anonymousPeopleMayReadButNotWrite() {
        assertThatThrownBy(() -> pages.create("x-y")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> files.export(Language.FI)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "handler", roles = "HANDLER")
    void onlyAdministratorsWritePages() {
        assertThatThrownBy(() -> pages.save("om-mr-programmet", Language.SV, "t", "b", TranslationStatus.DRAFT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = "ADMIN")
    void theEditorRefusesBadInputWithMessagesAndAuditsChanges() {
        assertThatThrownBy(() -> pages.create("Not a slug!")).isInstanceOf(InformationException.class)
                .extracting(e -> ((InformationException) e).problems().getFirst().messageKey())
                .isEqualTo("information.admin.slug.error.invalid");
        pages.create("test-sida");
        assertThatThrownBy(() -> pages.create("test-sida")).isInstanceOf(InformationException.class);
        assertThatThrownBy(() -> pages.save("test-sida", Language.SE, " ", "", TranslationStatus.DRAFT))
                .isInstanceOf(InformationException.class)
                .satisfies(e -> assertThat(((InformationException) e).problems()).extracting(InformationException.Problem::messageKey)
                        .containsExactly("information.admin.title.error.required", "information.admin.body.error.required"));
        assertThat(pages.draft("test-sida", Language.SE)).isEmpty();
        pages.save("test-sida", Language.SE, "Geahččalan", "Teaksta <script>x()</script>", TranslationStatus.DRAFT);
        assertThat(pages.read("test-sida", Language.SE).orElseThrow().safeHtml()).doesNotContain("<script");
        assertThat(auditTrail.forSubject("information_page", "test-sida")).extracting(AuditLog.Entry::action)
                .contains("PAGE_CREATED", "PAGE_TEXT_SAVED");
    }

    @Test
    @WithMockUser(username = "translator", roles = "ADMIN")
    void anExportedFileWithAChangedTextChangesTheTextAndABadFileStoresNothing() {
        String csv = new String(files.export(Language.SMA), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFlanguage,type,key,swedish,text,status\r\n").contains("sma,ui,shared.layout.nav.start.label,");
        String before = i18n.translate("shared.layout.nav.start.label", Language.SMA);
        String changed = csv.replace("sma,ui,shared.layout.nav.start.label,Start," + before + ",draft",
                "sma,ui,shared.layout.nav.start.label,Start,Aalkove (ny),reviewed");
        assertThat(changed).isNotEqualTo(csv);

        // One bad row among good ones: nothing is stored, every problem is named.
        String bad = changed + "sma,ui,no.such.key,,x,draft\r\nsma,page-title,ingen-sida,,Titel,finished\r\n";
        assertThatThrownBy(() -> files.importFile(Language.SMA, bad.getBytes(StandardCharsets.UTF_8), n -> { }))
                .isInstanceOf(InformationException.class)
                .satisfies(e -> assertThat(((InformationException) e).problems()).extracting(InformationException.Problem::messageKey)
                        .containsExactly("information.translations.import.error.key", "information.translations.import.error.status"));
        assertThat(i18n.translate("shared.layout.nav.start.label", Language.SMA)).isEqualTo(before);
        assertThatThrownBy(() -> files.importFile(Language.FI, changed.getBytes(StandardCharsets.UTF_8), n -> { }))
                .isInstanceOf(InformationException.class);
        assertThatThrownBy(() -> files.importFile(Language.SMA, new byte[] {(byte) 0xff, 0x41}, n -> { }))
                .extracting(e -> ((InformationException) e).problems().getFirst().messageKey())
                .isEqualTo("information.translations.import.error.encoding");

        var result = files.importFile(Language.SMA, changed.getBytes(StandardCharsets.UTF_8), n -> { });
        assertThat(result.uiTexts()).isEqualTo(1);
        assertThat(result.pageTexts()).isZero();
        assertThat(i18n.translate("shared.layout.nav.start.label", Language.SMA)).isEqualTo("Aalkove (ny)");
        assertThat(new String(files.export(Language.SMA), StandardCharsets.UTF_8))
                .contains("sma,ui,shared.layout.nav.start.label,Start,Aalkove (ny),reviewed");
        assertThat(files.status()).filteredOn(s -> s.language() == Language.FIT).singleElement()
                .satisfies(s -> assertThat(s.pages().get(TranslationStatus.MISSING)).isGreaterThanOrEqualTo(1));
    }
}
