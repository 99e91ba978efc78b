package pl.cus.portal.shared.db;

/** Converts between the R2DBC and JDBC forms of a PostgreSQL URL. */
final class R2dbcUrls {

    private R2dbcUrls() {}

    /** {@code r2dbc:postgresql://host:5432/db?x=y} (or {@code r2dbc:pool:postgresql:…}) to {@code jdbc:postgresql://host:5432/db?x=y}. */
    static String toJdbc(String r2dbcUrl) {
        String url = r2dbcUrl.trim();
        if (url.startsWith("r2dbc:pool:")) {
            url = "r2dbc:" + url.substring("r2dbc:pool:".length());
        }
        if (!url.startsWith("r2dbc:postgresql://") && !url.startsWith("r2dbc:postgres://")) {
            throw new IllegalArgumentException(
                    "spring.r2dbc.url must be a PostgreSQL URL (r2dbc:postgresql://host:port/database), was: "
                            + r2dbcUrl);
        }
        return "jdbc:postgresql://" + url.substring(url.indexOf("://") + 3);
    }
}
