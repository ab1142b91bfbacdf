package id.loket.architecture;

import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The one-way module dependencies and forbidden technologies of DESIGN.md, as ArchUnit rules. */
final class LayeringRules {

    private static final String CORE = "id.loket.core..";
    private static final String DESKTOP = "id.loket.desktop..";
    private static final String DESKTOP_DEMO = "id.loket.desktop.demo..";
    private static final String PROTOCOL = "id.loket.sync.protocol..";
    private static final String AGENT = "id.loket.sync.agent..";
    private static final String CENTRAL = "id.loket.sync.central..";
    private static final String DEVICES = "id.loket.devices..";

    static final ArchRule JAVAFX_ONLY_IN_DESKTOP = noClasses()
            .that().resideOutsideOfPackage(DESKTOP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("only app/desktop may use JavaFX");

    static final ArchRule NO_HTTP_IN_CORE = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net.http..", "io.javalin..",
                    "jakarta.servlet..", "org.eclipse.jetty..")
            .because("app/core holds rules and the store; networking belongs to sync/agent");

    static final ArchRule NO_JDBC_IN_PROTOCOL = noClasses()
            .that().resideInAPackage(PROTOCOL)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.postgresql..", "okhttp3..", "io.javalin..")
            .because("sync/protocol is wire types only: no JDBC, no HTTP");

    static final ArchRule NO_JDBC_IN_AGENT = noClasses()
            .that().resideInAPackage(AGENT)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
            .because("the agent owns no store: it works through its own ports, implemented by the desktop over core");

    static final List<ArchRule> ONE_WAY = List.of(
            noClasses().that().resideInAPackage(PROTOCOL)
                    .should().dependOnClassesThat().resideInAnyPackage(CORE, DESKTOP, AGENT, CENTRAL)
                    .because("protocol depends on nothing of ours"),
            noClasses().that().resideInAPackage(DEVICES)
                    .should().dependOnClassesThat().resideInAnyPackage(CORE, DESKTOP, AGENT, CENTRAL, PROTOCOL)
                    .because("device adapters speak their vendors' protocols and know nothing of ours"),
            noClasses().that().resideInAPackage(CORE)
                    .should().dependOnClassesThat().resideInAnyPackage(DESKTOP, AGENT, CENTRAL, DEVICES)
                    .because("core -> protocol only"),
            noClasses().that().resideInAPackage(AGENT)
                    .should().dependOnClassesThat().resideInAnyPackage(CORE, DESKTOP, CENTRAL, DEVICES)
                    .because("agent -> protocol only"),
            noClasses().that().resideInAPackage(CENTRAL)
                    .should().dependOnClassesThat().resideInAnyPackage(CORE, DESKTOP, AGENT, DEVICES)
                    .because("central -> protocol only"),
            noClasses().that().resideInAPackage(DESKTOP).and().resideOutsideOfPackage(DESKTOP_DEMO)
                    .should().dependOnClassesThat().resideInAPackage(CENTRAL)
                    .because("the desktop talks to the centre over HTTP, never in-process; only demo mode starts "
                            + "a local centre (ADR 11), and talks to it over HTTP too"));

    private LayeringRules() {
    }
}
