package pl.cus.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;
import pl.cus.portal.shared.DomainException;

class PathIdTests {

    record ThingId(UUID value) {}

    static final PathId<ThingId> THING = PathId.of("id", ThingId::new, "thing");

    @Test
    void a_well_formed_id_is_read_as_its_type() {
        UUID id = UUID.randomUUID();

        assertThat(THING.in(request("id", id.toString()))).isEqualTo(new ThingId(id));
    }

    @Test
    void a_malformed_id_names_no_record_and_is_answered_like_a_missing_one() {
        assertThatThrownBy(() -> THING.in(request("id", "not-an-id")))
                .isInstanceOf(DomainException.NotFound.class)
                .hasMessage("No thing not-an-id found.");
    }

    @Test
    void the_detail_of_a_malformed_id_may_name_the_value_or_the_whole_path() {
        var byValue = PathId.uuid("meeting", value -> "No meeting " + value + ".");
        var byPath = new PathId<>("id", ThingId::new, request -> "No such resource: " + request.path());

        assertThatThrownBy(() -> byValue.in(request("meeting", "x1")))
                .isInstanceOf(DomainException.NotFound.class)
                .hasMessage("No meeting x1.");
        assertThatThrownBy(() -> byPath.in(request("id", "x1")))
                .isInstanceOf(DomainException.NotFound.class)
                .hasMessage("No such resource: /api/things/x1");
    }

    private static MockServerRequest request(String variable, String value) {
        return MockServerRequest.builder()
                .uri(URI.create("http://localhost/api/things/" + value))
                .pathVariable(variable, value)
                .build();
    }
}
