package nestling.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine.IFactory;

/**
 * Creates subcommands, handing the {@link Console} to those that take one in their constructor,
 * so commands read stdin and the environment through it rather than through globals.
 */
final class CommandFactory implements IFactory {
    private final Console console;

    CommandFactory(Console console) {
        this.console = console;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == Console.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(console));
            }
        }
        return picocli.CommandLine.defaultFactory().create(type);
    }
}
