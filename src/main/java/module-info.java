/**
 * Nestling: a private, offline baby tracker. One module; the core packages (vault, store, …) never
 * import JavaFX, the {@code ui} packages are a thin layer over them, {@code cli} likewise.
 */
module nestling {
    // jdk:
    requires java.logging;
    requires java.sql;
    // OpenPDF uses java.awt colours and font metrics. At compile time it is an automatic module
    // (which requires nothing), so without this the JDK module would be missing at run time; the
    // image's copy gets a real descriptor (packaging/modules/) so that jlink accepts it.
    requires java.desktop;

    // 3rd party:
    requires javafx.controls;
    requires org.xerial.sqlitejdbc;
    requires org.bouncycastle.provider;
    requires tools.jackson.databind;
    requires org.controlsfx.controls;
    requires info.picocli;
    requires com.github.librepdf.openpdf;

    // JavaFX instantiates the Application subclass reflectively.
    exports nestling.ui.shell to javafx.graphics;
    // picocli reads and writes the annotated command fields reflectively.
    opens nestling.cli to info.picocli;
    // Jackson reads and writes entry fields and timer states (records) reflectively.
    opens nestling.domain to tools.jackson.databind;
    opens nestling.store to tools.jackson.databind;
}
