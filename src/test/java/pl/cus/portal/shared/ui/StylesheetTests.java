package pl.cus.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every module appends its section to the one stylesheet; a brace lost in a merge silently drops every rule after
 * it in the browser. Checked here, since no CSS build step would notice.
 */
class StylesheetTests {

    @Test
    void everyBlockIsClosedAndNoMergeMarkersRemain() throws IOException {
        String css;
        try (InputStream in = StylesheetTests.class.getResourceAsStream("/META-INF/resources/styles/cus.css")) {
            assertThat(in).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String code = css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"\\n]*\"|'[^'\\n]*'", "\"\"");
        int depth = 0;
        int line = 1;
        for (char c : code.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth)
                        .as("closing brace without an opening one, line %d", line)
                        .isNotNegative();
            }
            if (c == '{' && depth > 2) {
                assertThat(depth)
                        .as("a block nested three deep (an unclosed block above?), line %d", line)
                        .isLessThanOrEqualTo(2);
            }
        }
        assertThat(depth).as("unclosed blocks at the end of cus.css").isZero();
        assertThat(css).doesNotContain("<<<<<<<", ">>>>>>>", "\n=======\n");
    }
}
