package pl.cus.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

class QueryParamsTests {

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void a_blank_parameter_counts_as_absent_and_text_stays_as_sent() {
        var params = QueryParams.of(MockServerRequest.builder()
                .queryParam("q", " a b ")
                .queryParam("blank", "  ")
                .build());

        assertThat(params.text("q")).contains(" a b ");
        assertThat(params.stripped("q")).contains("a b");
        assertThat(params.text("blank")).isEmpty();
        assertThat(params.text("missing")).isEmpty();
        assertThat(params.date("blank", error("blank"))).isNull();
        assertThat(params.valid()).isTrue();
    }

    @Test
    void a_repeatable_parameter_gives_every_comma_separated_part_without_blank_ones() {
        var params = QueryParams.of(MockServerRequest.builder()
                .queryParam("state", "A,,B")
                .queryParam("state", " C ")
                .build());

        assertThat(params.list("state")).containsExactly("A", "B", " C ");
    }

    @Test
    void dates_are_strict_and_every_refused_parameter_is_named_at_once() {
        var params = QueryParams.of(MockServerRequest.builder()
                .queryParam("from", "2027-02-30")
                .queryParam("to", " 2027-03-01 ")
                .queryParam("colour", "blue")
                .build());

        assertThat(params.date("from", error("from"))).isNull();
        assertThat(params.date("to", error("to"))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(params.enumValue("colour", Colour.class, value -> error("colour " + value)))
                .isNull();

        assertThat(params.valid()).isFalse();
        assertThatThrownBy(params::check)
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("from", "colour blue"));
    }

    @Test
    void enums_are_named_in_any_case() {
        var params = QueryParams.of(
                MockServerRequest.builder().queryParam("colour", " green ").build());

        assertThat(params.enumValue("colour", Colour.class, value -> error("colour")))
                .isEqualTo(Colour.GREEN);
        assertThat(RouteValues.named(Colour.class, "Red")).isEqualTo(Colour.RED);
        assertThatThrownBy(() -> RouteValues.named(Colour.class, "blue")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_page_size_is_a_whole_number_from_one_to_the_maximum() {
        Function<String, Integer> limit = value -> {
            var params = QueryParams.of(
                    MockServerRequest.builder().queryParam("limit", value).build());
            Integer read = params.limit("limit", 500, error("limit"));
            return params.valid() ? read : Integer.valueOf(-1);
        };

        assertThat(limit.apply("1")).isEqualTo(1);
        assertThat(limit.apply(" 500 ")).isEqualTo(500);
        assertThat(limit.apply("0")).isEqualTo(-1);
        assertThat(limit.apply("501")).isEqualTo(-1);
        assertThat(limit.apply("ten")).isEqualTo(-1);
        assertThat(QueryParams.of(MockServerRequest.builder().build()).limit("limit", 500, error("limit")))
                .isNull();
    }

    private static FieldError error(String field) {
        return new FieldError(field, "error.invalid-input", "Cannot read " + field + ".");
    }
}
