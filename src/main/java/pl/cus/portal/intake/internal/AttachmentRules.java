package pl.cus.portal.intake.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.util.unit.DataSize;
import pl.cus.portal.shared.InvalidInput;

/**
 * What makes a file acceptable: not empty, within the size limit, and a PDF, PNG or JPEG by content. When the name
 * ends in the extension of an accepted type, it must agree with the content (a PDF called {@code photo.png} is
 * refused), so that nobody is misled about what they open.
 */
final class AttachmentRules {

    static final String FIELD = "file";
    static final int MAX_NAME_LENGTH = 120;

    private final DataSize maxSize;

    AttachmentRules(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    /** The accepted file's type and its name for display; InvalidInput naming {@code file} otherwise. */
    Accepted check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of(FIELD, "intake.error.file-empty", "The file is empty.");
        }
        if (content.length > maxSize.toBytes()) {
            throw tooLarge(maxSize);
        }
        FileType type = FileType.sniff(content)
                .orElseThrow(() -> InvalidInput.of(
                        FIELD,
                        "intake.error.file-type",
                        "Only PDF, JPEG and PNG files are accepted; this file's content is none of them."));
        String extension = extensionOf(fileName);
        if (FileType.KNOWN_EXTENSIONS.contains(extension) && !type.hasExtension(extension)) {
            throw InvalidInput.of(
                    FIELD,
                    "intake.error.file-name-mismatch",
                    "The file's name ends in ." + extension + " but its content is " + type.name()
                            + ". Save it with the right type and try again.");
        }
        return new Accepted(type, displayName(fileName, type));
    }

    static InvalidInput tooLarge(DataSize limit) {
        return InvalidInput.of(
                FIELD, "intake.error.file-too-large", "The file is larger than the limit of " + describe(limit) + ".");
    }

    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /**
     * The name shown in lists: no folders, no control or formatting characters (which can disguise an extension),
     * at most {@link #MAX_NAME_LENGTH} characters, and the extension of what the file really is.
     */
    static String displayName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : dot == 0 ? "" : name;
        base = base.strip();
        if (base.isEmpty()) {
            base = "attachment";
        }
        int room = MAX_NAME_LENGTH - type.extension().length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room));
        }
        return base + "." + type.extension();
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    record Accepted(FileType type, String displayName) {}
}
