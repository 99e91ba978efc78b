package pl.cus.portal.intake.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file types accepted as attachments, recognised by their first bytes ("magic numbers"), never by name. */
enum FileType {
    PDF("application/pdf", "pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** Extensions of any accepted type; a name ending in one of them must match the content. */
    static final Set<String> KNOWN_EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "jpe", "jfif");

    private final String mediaType;
    private final String extension;
    private final Set<String> extensions;
    private final byte[] magic;

    FileType(String mediaType, String extension, Set<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.extensions = extensions;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    boolean hasExtension(String candidate) {
        return extensions.contains(candidate.toLowerCase(Locale.ROOT));
    }

    /** What the content is, from its first bytes; empty for anything but PDF, PNG or JPEG. */
    static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(type -> type.mediaType.equals(mediaType))
                .findFirst();
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        return Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
