package pl.cus.portal.intake;

/**
 * A resident already keeps as many files, or as many bytes, outside submitted applications as allowed. The API
 * answers 409 (too many files) or 413 (too many bytes); both say what to do: remove files or send a draft.
 * {@link #messageKey()} is the translation key of that advice, with {@link #maxFiles()} and {@link #maxSize()}
 * ("50 MB") as its parameters.
 */
public final class UploadQuotaExceeded extends RuntimeException {

    /** Which limit was reached. */
    public enum Limit {
        FILES,
        SIZE
    }

    private final Limit limit;
    private final int maxFiles;
    private final String maxSize;

    public UploadQuotaExceeded(Limit limit, int maxFiles, String maxSize) {
        super(
                limit == Limit.FILES
                        ? "You already keep " + maxFiles
                                + " files that are not part of a sent application. Remove files you no"
                                + " longer need, or finish and send the draft they belong to, then try again."
                        : "Your files that are not part of a sent application would exceed " + maxSize
                                + " together. Remove files"
                                + " you no longer need, or finish and send the draft they belong to, then try again.",
                null,
                false,
                false);
        this.limit = limit;
        this.maxFiles = maxFiles;
        this.maxSize = maxSize;
    }

    public Limit limit() {
        return limit;
    }

    public int maxFiles() {
        return maxFiles;
    }

    public String maxSize() {
        return maxSize;
    }

    public String messageKey() {
        return limit == Limit.FILES ? "intake.error.quota-files" : "intake.error.quota-size";
    }
}
