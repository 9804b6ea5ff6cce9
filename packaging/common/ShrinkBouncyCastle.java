import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.attribute.ModuleAttribute;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.lang.constant.ModuleDesc;
import java.lang.constant.PackageDesc;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.AccessFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Run by the installer build (java ShrinkBouncyCastle.java MODULES_DIR) before jlink: replaces
 * BouncyCastle's provider jar in the installers' module path by one that holds only the classes
 * Nestling can reach, under the same module name. Nestling calls two functions of its lightweight
 * API (Argon2id, X25519), never the JCA provider; the full jar is 13 MB of the runtime (9% of the
 * 150 MB installed-size limit) and 2.4 MB of the .deb, the classes reached are about 100 KB.
 *
 * <p>What is reached: every BouncyCastle class named in nestling.jar's constant pools (class
 * references and the types in field and method descriptors), then everything those name, to a
 * fixed point. Reflection is not followed, so the training run of the AOT cache (which derives keys
 * with Argon2id and seals a locked log with X25519 on the runtime built from this jar) and the
 * installer checks are what prove nothing reachable was left out. The new module exports the
 * packages it keeps, requires the JDK modules they name, and provides no services; the signature
 * is dropped, as jlink drops it anyway (--ignore-signing-information).
 */
public final class ShrinkBouncyCastle {
    private static final String PREFIX = "org/bouncycastle/";
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

    public static void main(String[] args) throws IOException {
        Path modules = Path.of(args[0]);
        Path nestling = only(modules, "nestling.jar");
        Path provider = only(modules, "bcprov-*.jar");
        Map<String, byte[]> bouncy = classes(provider);
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (byte[] own : classes(nestling).values()) {
            todo.addAll(namesIn(own));
        }
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (name.startsWith(PREFIX) && bouncy.containsKey(name) && reached.add(name)) {
                todo.addAll(namesIn(bouncy.get(name)));
            }
        }
        if (reached.isEmpty()) {
            throw new IllegalStateException("nestling.jar names no class of " + provider.getFileName());
        }
        write(provider, bouncy, reached);
    }

    /** The one file in {@code folder} matching {@code glob}. */
    private static Path only(Path folder, String glob) throws IOException {
        try (var found = Files.newDirectoryStream(folder, glob)) {
            List<Path> files = java.util.stream.StreamSupport.stream(found.spliterator(), false).toList();
            if (files.size() != 1) {
                throw new IllegalStateException("expected one " + glob + " in " + folder + ", found " + files);
            }
            return files.get(0);
        }
    }

    /** The jar's classes by internal name (org/x/Y), module descriptors and other versions left out. */
    private static Map<String, byte[]> classes(Path jar) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), file.getInputStream(entry).readAllBytes());
                }
            }
        }
        return classes;
    }

    /** Every class a class file names: class entries and the types inside descriptors. */
    private static Set<String> namesIn(byte[] classFile) {
        Set<String> names = new TreeSet<>();
        for (PoolEntry entry : ClassFile.of().parse(classFile).constantPool()) {
            if (entry instanceof ClassEntry type) {
                String name = type.asInternalName();
                names.add(name.startsWith("[") ? name.replaceAll("^\\[+L?|;$", "") : name);
            } else if (entry instanceof Utf8Entry text) {
                Matcher types = TYPE_IN_DESCRIPTOR.matcher(text.stringValue());
                while (types.find()) {
                    names.add(types.group(1));
                }
            }
        }
        return names;
    }

    private static void write(Path provider, Map<String, byte[]> bouncy, Set<String> reached) throws IOException {
        String moduleName = moduleName(provider);
        Map<String, String> jdkPackages = jdkPackages();
        Set<String> packages = new TreeSet<>();
        Set<String> requires = new TreeSet<>();
        for (String name : reached) {
            packages.add(packageOf(name).replace('/', '.'));
            for (String named : namesIn(bouncy.get(name))) {
                String module = jdkPackages.get(packageOf(named));
                if (module != null && !module.equals("java.base")) {
                    requires.add(module);
                }
            }
        }
        byte[] descriptor = ClassFile.of().buildModule(ModuleAttribute.of(ModuleDesc.of(moduleName), module -> {
            module.requires(ModuleDesc.of("java.base"), AccessFlag.MANDATED.mask(), null);
            requires.forEach(required -> module.requires(ModuleDesc.of(required), 0, null));
            packages.forEach(exported -> module.exports(PackageDesc.of(exported), 0));
        }));
        Path shrunk = provider.resolveSibling(provider.getFileName() + ".shrunk");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Created-By", "Nestling's packaging/common/ShrinkBouncyCastle.java from "
                + provider.getFileName());
        long bytes = 0;
        try (OutputStream file = Files.newOutputStream(shrunk); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("module-info.class"));
            jar.write(descriptor);
            for (String name : reached) { // sorted: the same jar from the same inputs
                jar.putNextEntry(new JarEntry(name + ".class"));
                jar.write(bouncy.get(name));
                bytes += bouncy.get(name).length;
            }
        }
        Files.move(shrunk, provider, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%s shrunk to %d of %d classes (%d KiB), module %s requires %s, exports %d packages%n",
                provider.getFileName(), reached.size(), bouncy.size(), bytes / 1024, moduleName, requires, packages.size());
    }

    private static String moduleName(Path jar) {
        Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
        if (found.size() != 1) {
            throw new IllegalStateException(jar + " is not one module");
        }
        return found.iterator().next().descriptor().name();
    }

    /** Package (a/b) to module for every module of the JDK running this build. */
    private static Map<String, String> jdkPackages() {
        Map<String, String> packages = new HashMap<>();
        for (ModuleReference reference : ModuleFinder.ofSystem().findAll()) {
            ModuleDescriptor descriptor = reference.descriptor();
            descriptor.packages().forEach(pkg -> packages.put(pkg.replace('.', '/'), descriptor.name()));
        }
        return packages;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    private ShrinkBouncyCastle() {
    }
}
