/*
 * Module descriptor for OpenPDF 3.0.x, which ships as an automatic module. jlink refuses automatic
 * modules, so `package` compiles this descriptor against the copied jar and adds it to the jar in
 * target/nestling/lib (see the openpdf-module executions in pom.xml). Generated with
 *   jdeps --ignore-missing-deps --multi-release 25 --generate-module-info OUT openpdf-3.0.5.jar
 * and left as generated. Regenerate it when OpenPDF is upgraded. The optional Bouncy Castle, FOP,
 * ICU and Brotli integrations are not required: Nestling writes plain, unsigned PDFs.
 */
module com.github.librepdf.openpdf {
    requires transitive java.desktop;
    requires transitive java.xml;

    exports org.openpdf.bouncycastle;
    exports org.openpdf.text;
    exports org.openpdf.text.alignment;
    exports org.openpdf.text.error_messages;
    exports org.openpdf.text.exceptions;
    exports org.openpdf.text.factories;
    exports org.openpdf.text.html;
    exports org.openpdf.text.html.simpleparser;
    exports org.openpdf.text.pdf;
    exports org.openpdf.text.pdf.codec;
    exports org.openpdf.text.pdf.codec.wmf;
    exports org.openpdf.text.pdf.collection;
    exports org.openpdf.text.pdf.crypto;
    exports org.openpdf.text.pdf.draw;
    exports org.openpdf.text.pdf.events;
    exports org.openpdf.text.pdf.fonts;
    exports org.openpdf.text.pdf.fonts.cmaps;
    exports org.openpdf.text.pdf.hyphenation;
    exports org.openpdf.text.pdf.interfaces;
    exports org.openpdf.text.pdf.internal;
    exports org.openpdf.text.pdf.parser;
    exports org.openpdf.text.utils;
    exports org.openpdf.text.xml;
    exports org.openpdf.text.xml.simpleparser;
    exports org.openpdf.text.xml.xmp;

}
