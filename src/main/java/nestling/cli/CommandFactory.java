package nestling.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine.IFactory;

/**
 * Creates subcommands, handing the {@link Console} (and the window, to {@code open}) to those that
 * take one in their constructor,
 * so commands read stdin and the environment through it rather than through globals.
 */
final class CommandFactory implements IFactory {
    private final Console console;
    private final WindowOpener windowOpener;

    CommandFactory(Console console, WindowOpener windowOpener) {
        this.console = console;
        this.windowOpener = windowOpener;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == Console.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(console));
            }
            if (parameters.length == 2 && parameters[0] == WindowOpener.class && parameters[1] == Console.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(windowOpener, console));
            }
        }
        return picocli.CommandLine.defaultFactory().create(type);
    }
}
