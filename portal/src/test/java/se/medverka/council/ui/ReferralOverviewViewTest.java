package se.medverka.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.Translations;

/** The staff overview of a large referral shows its recipients a page at a time, in name order. */
@SpringBootTest
class ReferralOverviewViewTest extends SpringBrowserlessTest {

    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thirtyRecipientsComeAsAPageOf25AndAPageOf5() {
        long culture = register.committeeByCode("kulturnamnden").orElseThrow().id();
        long referral = jdbc.sql("""
                insert into council_referral (committee_id, title, summary, deadline, sent_at, sent_by)
                values (:c, 'Sidor', 'Sammanfattning', current_date + 30, now(), 'test') returning id""")
                .param("c", culture).query(Long.class).single();
        jdbc.sql("""
                insert into council_referral_recipient (referral_id, organisation_name, language, token_hash, deadline)
                select :r, 'Organisation ' || lpad(g::text, 2, '0'), 'sv', md5(:r || '-' || g || random()::text), current_date + 30
                from generate_series(1, 30) g""").param("r", referral).update();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("pages", "n/a",
                List.of(new SimpleGrantedAuthority(StaffRole.HANDLER.authority()),
                        new SimpleGrantedAuthority(StaffRole.HANDLER.scopedAuthority(culture)))));

        navigate("personal/remisser/" + referral, ReferralOverviewView.class);
        assertThat($(NativeTableRow.class).all()).hasSize(1 + 25);
        assertThat(rowTexts()).first().asString().startsWith("Organisation 01");
        assertThat(pageText()).isEqualTo(pages(1, 25, 30));
        Button previous = button("council.overview.pages.previous.action");
        assertThat(previous.isEnabled()).isFalse();

        test(button("council.overview.pages.next.action")).click();
        assertThat($(NativeTableRow.class).all()).hasSize(1 + 5);
        assertThat(rowTexts()).first().asString().startsWith("Organisation 26");
        assertThat(pageText()).isEqualTo(pages(26, 30, 30));
        assertThat(button("council.overview.pages.next.action").isEnabled()).isFalse();

        test(button("council.overview.pages.previous.action")).click();
        assertThat(rowTexts()).first().asString().startsWith("Organisation 01");
    }

    private List<String> rowTexts() {
        return $(NativeTableRow.class).all().stream().skip(1).map(r -> r.getElement().getTextRecursively()).toList();
    }

    private String pageText() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).filter(t -> t.startsWith("Mottagare ")).findFirst().orElseThrow();
    }

    private Button button(String key) {
        String label = Translations.sv(key);
        return $(Button.class).all().stream().filter(b -> label.equals(b.getText())).findFirst().orElseThrow();
    }

    private static String pages(int from, int to, int total) {
        return Translations.sv("council.overview.pages.text").replace("{0}", String.valueOf(from))
                .replace("{1}", String.valueOf(to)).replace("{2}", String.valueOf(total));
    }
}
