package pl.cus.portal.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgBarChartTests {

    @Test
    void anAccessibleImageWithATitlePerBarAndEveryValueWritten() {
        String svg = new SvgBarChart("c1", "Plany <2027>")
                .series("W terminie")
                .series("Po terminie")
                .category("styczeń 2027", 7, 2)
                .category("luty 2027", 0, 5)
                .svg();
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"", "aria-label=\"Plany &lt;2027&gt;\"", "viewBox=\"0 0 ");
        assertThat(svg)
                .contains(
                        "<title>W terminie — styczeń 2027: 7</title>",
                        "<title>Po terminie — luty 2027: 5</title>",
                        "<title>W terminie — luty 2027: 0</title>");
        // the second series is hatched, not only another colour
        assertThat(svg).contains("<pattern id=\"c1-p1\"", "fill=\"url(#c1-p1)\"");
        assertThat(svg.split("<rect x=\"230\"", -1)).hasSize(5);
        assertThat(svg).doesNotContain("<2027>");
    }

    @Test
    void markersShowALimitWithItsName() {
        String svg = new SvgBarChart("c2", "Obciążenie")
                .series("Sprawy")
                .markerName("Limit")
                .markedCategory("Marta", 15L, 16)
                .markedCategory("Ewa", null, 40)
                .svg();
        assertThat(svg).contains("<title>Marta — Limit: 15</title>", "stroke-dasharray");
        assertThat(svg.split("<line", -1)).hasSize(3); // the legend's and Marta's
    }

    @Test
    void oneValuePerSeries() {
        assertThatThrownBy(() -> new SvgBarChart("c3", "x").series("a").category("b", 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
