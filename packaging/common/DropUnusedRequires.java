import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.attribute.ModuleAttribute;
import java.lang.classfile.attribute.ModuleRequireInfo;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Run by the installer build (java DropUnusedRequires.java JAR MODULE...) before jlink: removes
 * {@code requires MODULE} from a library's module descriptor when no class of the library uses
 * that module, so jlink does not put a module into the runtime that nothing runs.
 *
 * <p>Why: every megabyte of the runtime is one the AOT cache cannot have within the installers'
 * size limit (issue 20). ControlsFX requires java.net.http, sqlite-jdbc requires (transitively)
 * java.sql.rowset, which brings java.naming and java.security.sasl; no class of either library
 * refers to them (jdeps -verbose:class agrees): 2.6 MB of runtime for nothing.
 *
 * <p>The check is the build's, not a promise: every class file of the jar (each release of a
 * multi-release jar) is read, and a class, a string or a descriptor that names a package of the
 * dropped module fails the build. Reflection by a name assembled at run time would escape it; the
 * libraries' sources were read for that (no use of HttpClient, RowSet or JNDI).
 */
public final class DropUnusedRequires {
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Set<String> dropped = new TreeSet<>(List.of(args).subList(1, args.length));
        Set<String> packages = new TreeSet<>();
        for (String module : dropped) {
            packages.addAll(ModuleFinder.ofSystem().find(module)
                    .orElseThrow(() -> new IllegalArgumentException("no system module " + module)).descriptor().packages());
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                }
            }
        }
        ClassFile classFile = ClassFile.of();
        int descriptors = 0;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (!name.endsWith(".class")) {
                continue;
            }
            ClassModel model = classFile.parse(entry.getValue());
            if (name.endsWith("module-info.class")) {
                entry.setValue(withoutRequires(classFile, model, dropped, jar));
                descriptors++;
            } else {
                refuseUses(model, packages, name, jar);
            }
        }
        if (descriptors == 0) {
            throw new IllegalStateException(jar + " has no module descriptor");
        }
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".trimmed");
        try (OutputStream out = Files.newOutputStream(rewritten); JarOutputStream trimmed = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                trimmed.putNextEntry(new JarEntry(entry.getKey()));
                trimmed.write(entry.getValue());
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": no longer requires " + String.join(", ", dropped));
    }

    private static byte[] withoutRequires(ClassFile classFile, ClassModel model, Set<String> dropped, Path jar) {
        ModuleAttribute module = model.findAttribute(Attributes.module()).orElseThrow();
        List<ModuleRequireInfo> kept = new ArrayList<>();
        Set<String> found = new TreeSet<>();
        for (ModuleRequireInfo requires : module.requires()) {
            String name = requires.requires().name().stringValue();
            if (dropped.contains(name)) {
                found.add(name);
            } else {
                kept.add(requires);
            }
        }
        if (!found.equals(dropped)) {
            throw new IllegalStateException(jar + " does not require all of " + dropped + " (only " + found
                    + "): the library changed; look again at what it needs");
        }
        ModuleAttribute trimmed = ModuleAttribute.of(module.moduleName(), module.moduleFlagsMask(),
                module.moduleVersion().orElse(null), kept, module.exports(), module.opens(), module.uses(), module.provides());
        return classFile.transformClass(model, (builder, element) -> {
            if (element instanceof ModuleAttribute) {
                builder.with(trimmed);
            } else {
                builder.with(element);
            }
        });
    }

    /** Fails when the class names a type of one of the packages (as a class, in a descriptor, or as a string). */
    private static void refuseUses(ClassModel model, Set<String> packages, String name, Path jar) {
        for (PoolEntry entry : model.constantPool()) {
            String text = switch (entry) {
                case ClassEntry c -> c.asInternalName();
                case StringEntry s -> s.stringValue();
                case Utf8Entry u -> u.stringValue();
                default -> null;
            };
            if (text == null) {
                continue;
            }
            String slashed = text.replace('.', '/');
            for (String pkg : packages) {
                String internal = pkg.replace('.', '/') + "/";
                if (slashed.contains(internal)) {
                    throw new IllegalStateException(jar.getFileName() + "!" + name + " uses " + pkg + " (" + text
                            + "): its module cannot be dropped");
                }
            }
        }
    }

    private DropUnusedRequires() {
    }
}
