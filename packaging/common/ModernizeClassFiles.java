import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.MethodModel;
import java.lang.classfile.MethodTransform;
import java.lang.constant.ClassDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Run by the installer build (java ModernizeClassFiles.java JAR) before jlink: rewrites the class
 * files of a library compiled for Java 5 (class-file version 49; picocli is) as Java 8 class files
 * (version 52) with stack map frames, computed by the JDK's ClassFile API. The bytecode stays the
 * same; only the frames the verifier of version 50 and later needs are added.
 *
 * <p>Why: the JVM's AOT cache cannot hold a class of version 49 (such classes are verified by the
 * old type-inferring verifier at run time: "Skipping ...: Old class has been linked"), so every
 * command loaded and verified picocli's 120-odd classes anew, about a tenth of a short command's
 * time. A class the rewrite cannot handle (jsr/ret, which javac stopped emitting long ago) fails
 * the build rather than shipping half-rewritten; the AOT training run then uses every part of
 * picocli a command uses.
 */
public final class ModernizeClassFiles {
    private static final int OLDEST_KEPT = ClassFile.JAVA_6_VERSION;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String manifest = null;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                }
            }
        }
        ClassHierarchyResolver fromJar = ClassHierarchyResolver.ofResourceParsing(desc -> {
            byte[] bytes = entries.get(internalName(desc) + ".class");
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        });
        ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                ClassFile.ClassHierarchyResolverOption.of(fromJar.orElse(ClassHierarchyResolver.defaultResolver())));
        int rewritten = 0;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.equals("module-info.class")) {
                continue;
            }
            ClassModel model = classFile.parse(entry.getValue());
            if (model.majorVersion() >= OLDEST_KEPT) {
                continue;
            }
            entry.setValue(classFile.build(model.thisClass().asSymbol(), builder -> {
                builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
                model.forEach(element -> {
                    if (element instanceof MethodModel method) {
                        builder.transformMethod(method, MethodTransform.transformingCode(CodeTransform.ACCEPT_ALL));
                    } else if (!(element instanceof ClassFileVersion)) {
                        builder.with(element);
                    }
                });
            }));
            rewritten++;
        }
        if (rewritten == 0) {
            System.out.println(jar.getFileName() + ": no class older than Java 6, nothing rewritten");
            return;
        }
        Path modern = jar.resolveSibling(jar.getFileName() + ".modern");
        try (OutputStream out = Files.newOutputStream(modern); JarOutputStream rewrittenJar = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                rewrittenJar.putNextEntry(new JarEntry(entry.getKey()));
                rewrittenJar.write(entry.getValue());
            }
        }
        Files.move(modern, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": " + rewritten + " classes rewritten as Java 8 class files with stack maps");
    }

    private static String internalName(ClassDesc desc) {
        String descriptor = desc.descriptorString();
        return descriptor.substring(1, descriptor.length() - 1);
    }

    private ModernizeClassFiles() {
    }
}
