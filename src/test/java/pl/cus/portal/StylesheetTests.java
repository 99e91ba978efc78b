package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The portal's stylesheet is appended to by every module; one missing brace silently nests all later sections
 * (browsers read it as CSS nesting) and their rules stop applying.
 */
class StylesheetTests {

    @Test
    void everyBlockOfTheStylesheetIsClosed() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles/cus.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a closing brace without an opening one near line %d (comments removed)", line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end of cus.css").isZero();
    }
}
