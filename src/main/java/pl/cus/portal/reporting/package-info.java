/**
 * Reporting: the organiser's half-yearly summary of IPUS delivery (art. 46 ustawy o CUS), the centre's statistics and
 * deadline compliance, charts, CSV and printable exports, the coordinators' quarterly meeting pack, and the list of
 * cases behind every figure. A read model: it reads the operational tables read-only (decision 0021).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: web",
            "shared :: ui",
            "shared :: i18n",
            "triage",
            "intake",
            "deadlines",
            "calendar"
        })
package pl.cus.portal.reporting;
