package se.medverka.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static se.medverka.shared.i18n.Language.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FallbackChainsTest {

    @Test
    void defaultChainsEndInSwedish() {
        FallbackChains chains = new FallbackChains();
        assertThat(chains.chain(FIT)).containsExactly(FIT, FI, SV);
        assertThat(chains.chain(SMJ)).containsExactly(SMJ, SE, SV);
        assertThat(chains.chain(SMA)).containsExactly(SMA, SV);
        assertThat(chains.chain(SV_EASY)).containsExactly(SV_EASY, SV);
        assertThat(chains.chain(SV)).containsExactly(SV);
        assertThat(chains.all()).allSatisfy((language, chain) -> assertThat(chain).endsWith(SV));
    }

    @Test
    void configurationChangesAChainAndCyclesCannotLoop() {
        FallbackChains chains = new FallbackChains();
        chains.setFallback(Map.of("sma", "se", "se", "sma"));
        assertThat(chains.chain(SMA)).containsExactly(SMA, SE, SV);
    }

    @Test
    void unknownCodesAndLocalesGiveSwedish() {
        assertThat(Language.fromCode("xx")).isEmpty();
        assertThat(Language.fromLocale(java.util.Locale.CHINESE)).isEqualTo(SV);
        assertThat(Language.fromCode(" YI ")).contains(YI);
        assertThat(YI.rightToLeft()).isTrue();
        assertThat(Language.values()).hasSize(10);
    }
}
