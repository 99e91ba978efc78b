package pl.cus.portal.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import pl.cus.portal.shared.InvalidInput;

class AttachmentRulesTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static final byte[] JPEG = Base64.getDecoder()
            .decode(
                    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    private final AttachmentRules rules = new AttachmentRules(DataSize.ofKilobytes(1));

    @Test
    void recognisesTheThreeTypesByContent() {
        assertThat(FileType.sniff(PDF)).contains(FileType.PDF);
        assertThat(FileType.sniff(PNG)).contains(FileType.PNG);
        assertThat(FileType.sniff(JPEG)).contains(FileType.JPEG);
        assertThat(FileType.sniff(EXE)).isEmpty();
        assertThat(FileType.sniff(HTML)).isEmpty();
        assertThat(FileType.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.sniff(new byte[0])).isEmpty();
    }

    @Test
    void acceptsRealFilesAndReportsWhatTheyAre() {
        assertThat(rules.check("zaświadczenie.pdf", PDF))
                .isEqualTo(new AttachmentRules.Accepted(FileType.PDF, "zaświadczenie.pdf"));
        assertThat(rules.check("scan.PNG", PNG).type()).isEqualTo(FileType.PNG);
        assertThat(rules.check("photo.jpeg", JPEG).displayName()).isEqualTo("photo.jpg");
        // No extension, or one that names no accepted type: the content decides and the name gets the right extension.
        assertThat(rules.check("skan", PDF).displayName()).isEqualTo("skan.pdf");
    }

    @Test
    void refusesContentThatIsNoneOfTheThreeWhateverItsName() {
        assertRefused("program.pdf", EXE, "intake.error.file-type");
        assertRefused("page.pdf", HTML, "intake.error.file-type");
        assertRefused("notes.png", "just text".getBytes(StandardCharsets.UTF_8), "intake.error.file-type");
    }

    @Test
    void refusesANameThatContradictsTheContent() {
        assertRefused("photo.png", PDF, "intake.error.file-name-mismatch");
        assertRefused("document.pdf", JPEG, "intake.error.file-name-mismatch");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertRefused("a.pdf", new byte[0], "intake.error.file-empty");
        byte[] big = new byte[1025];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused("a.pdf", big, "intake.error.file-too-large");
    }

    @Test
    void displayNamesLoseFoldersControlCharactersAndDisguises() {
        assertThat(AttachmentRules.displayName("C:\\Users\\anna\\..\\skan.pdf", FileType.PDF))
                .isEqualTo("skan.pdf");
        assertThat(AttachmentRules.displayName("../../etc/passwd", FileType.PDF))
                .isEqualTo("passwd.pdf");
        // A right-to-left override would show "report\u202Efdp.exe" as "reportexe.pdf".
        assertThat(AttachmentRules.displayName("report\u202Egpj.exe", FileType.JPEG))
                .isEqualTo("reportgpj.jpg");
        assertThat(AttachmentRules.displayName("a\u0000b\nc.png", FileType.PNG)).isEqualTo("abc.png");
        assertThat(AttachmentRules.displayName(".pdf", FileType.PDF)).isEqualTo("attachment.pdf");
        assertThat(AttachmentRules.displayName("x".repeat(500) + ".pdf", FileType.PDF))
                .hasSize(AttachmentRules.MAX_NAME_LENGTH);
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> rules.check(name, content)).isInstanceOfSatisfying(InvalidInput.class, invalid -> {
            assertThat(invalid.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("file");
                assertThat(error.messageKey()).isEqualTo(key);
            });
        });
    }
}
