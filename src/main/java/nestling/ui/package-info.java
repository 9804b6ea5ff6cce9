/**
 * The window. One package per screen ({@code unlock}, {@code shell}, {@code settings} …), each a
 * {@code XView} (nodes and bindings only) plus a {@code XViewModel} (state as properties, commands
 * as methods; unit-tested without a stage). How a new screen plugs in:
 * <ul>
 *   <li>{@link nestling.ui.common.UiContext} is built once by the application and passed by hand:
 *       bundle, vault folder, vault options, the {@link nestling.ui.common.BackgroundTasks} worker,
 *       the clock (tests move it) and the tick of timers. No static state anywhere.</li>
 *   <li>Anything slow (crypto, files, queries) goes through {@code context.tasks().run(work,
 *       onSuccess, onFailure)}: the work runs on one ordered daemon worker, the callbacks on the FX
 *       thread. A view model never blocks the FX thread.</li>
 *   <li>All text comes from {@code nestling/ui/messages.properties}; {@link nestling.ui.common.Formats}
 *       formats times and patterns; {@link nestling.ui.common.Controls} makes labelled fields and
 *       buttons with ids and accessible text.</li>
 *   <li>Colours are looked-up colours in {@code nestling.css} ({@code -nest-text}, {@code -nest-surface}
 *       …); {@link nestling.ui.common.Theme} adds the dark or night palette. Use the palette names, never
 *       literal colours, so every screen works in all themes.</li>
 *   <li>{@link nestling.ui.shell.MainWindow} owns the moves between create, unlock and the
 *       {@link nestling.ui.shell.ShellView}; its {@code show(Section)} picks the screen
 *       for each {@link nestling.ui.shell.Section}: replace a placeholder there.</li>
 * </ul>
 */
package nestling.ui;
