/**
 * The JSON API's plumbing: WebFlux functional routes served from Tomcat under /api/*, problem details, the acting user.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("web")
package pl.cus.portal.shared.web;
