package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;

/** A failing browser test leaves a screenshot of what the browser showed, taken before the context closes. */
class FailureScreenshotsTests extends BrowserTest {

    @Test
    void aFailureIsRethrownAndLeavesAFullPagePngNamedAfterTheTest() throws Exception {
        open("portal/accessibility");
        Method method = FailureScreenshotsTests.class.getDeclaredMethod(
                "aFailureIsRethrownAndLeavesAFullPagePngNamedAfterTheTest");
        ExtensionContext extension = Mockito.mock(ExtensionContext.class);
        Mockito.when(extension.getTestInstance()).thenReturn(Optional.of(this));
        Mockito.<Class<?>>when(extension.getRequiredTestClass()).thenReturn(FailureScreenshotsTests.class);
        Mockito.when(extension.getRequiredTestMethod()).thenReturn(method);
        Mockito.when(extension.getDisplayName()).thenReturn(method.getName() + "()");
        Path expected = Path.of("target", "browser-failures", "FailureScreenshotsTests-" + method.getName() + ".png");
        Files.deleteIfExists(expected);
        var failure = new AssertionError("the journey broke");

        assertThatThrownBy(() -> new FailureScreenshots().handleTestExecutionException(extension, failure))
                .isSameAs(failure);

        assertThat(expected).exists();
        assertThat(png(expected)).as("a PNG at least as tall as the viewport").isTrue();
    }

    private static boolean png(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int height = ((bytes[20] & 0xff) << 24)
                | ((bytes[21] & 0xff) << 16)
                | ((bytes[22] & 0xff) << 8)
                | (bytes[23] & 0xff);
        return bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G' && height >= DESKTOP_HEIGHT;
    }
}
