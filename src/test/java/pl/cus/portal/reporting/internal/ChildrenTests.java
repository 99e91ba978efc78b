package pl.cus.portal.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildrenTests {

    @Test
    void theYearOfBirthDecidesWhenGiven() {
        assertThat(Children.isChild("mama", 2017, 2034)).isTrue(); // 17
        assertThat(Children.isChild("syn", 2016, 2034)).isFalse(); // 18
        assertThat(Children.isChild("córka", 2034, 2034)).isTrue(); // born that year
        assertThat(Children.isChild("dziecko", 2035, 2034)).isFalse(); // not born yet
    }

    @Test
    void withoutAYearTheRelationDecides() {
        assertThat(Children.isChild("Córka", null, 2034)).isTrue();
        assertThat(Children.isChild("syn", null, 2034)).isTrue();
        assertThat(Children.isChild("synowa", null, 2034)).isFalse();
        assertThat(Children.isChild("wnuczka", null, 2034)).isTrue();
        assertThat(Children.isChild("dzieci partnera", null, 2034)).isTrue();
        assertThat(Children.isChild("son", null, 2034)).isTrue();
        assertThat(Children.isChild("Дочка", null, 2034)).isTrue();
        assertThat(Children.isChild("мати", null, 2034)).isFalse();
        assertThat(Children.isChild("mama", null, 2034)).isFalse();
        assertThat(Children.isChild(null, null, 2034)).isFalse();
        assertThat(Children.isChild(" ", null, 2034)).isFalse();
    }
}
