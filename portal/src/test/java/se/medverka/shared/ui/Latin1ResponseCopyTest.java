package se.medverka.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class Latin1ResponseCopyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aResponseWithHebrewEnDashesAndAnEmojiBecomesLatin1AndMeansTheSame() {
        String response = "{\"changes\":[{\"node\":7,\"type\":\"put\",\"key\":\"text\",\"value\":\"ייִדיש – \\\"citat\\\" ä 😀\"}],"
                + "\"ייִדיש\":1,\"syncId\":3}";

        String latin1 = Latin1ResponseCopy.latin1(response);

        assertThat(latin1.chars()).allMatch(c -> c <= 0xFF);
        assertThat(latin1).contains("\\u05d9").contains("ä");
        assertThat(JSON.readTree(latin1)).isEqualTo(JSON.readTree(response));
    }

    @Test
    void aResponseAlreadyInLatin1IsKeptAsItIs() {
        String response = "{\"value\":\"Klagomål på bemötande\",\"syncId\":1}";

        assertThat(Latin1ResponseCopy.latin1(response)).isSameAs(response);
        assertThat(Latin1ResponseCopy.latin1(null)).isNull();
    }
}
