package nestling.cli;

import nestling.app.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code nestling --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.versionLine()};
    }
}
