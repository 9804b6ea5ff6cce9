// The positive control of .ci/check-no-network: a JVM that does open a network socket, so the check
// proves it can see one. Run as a single source file (`java NetworkProbe.java`); never part of the app.
public class NetworkProbe {
    public static void main(String[] args) throws Exception {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 200);
        } catch (java.io.IOException expected) {
            // refused or timed out: the connect call itself is what the trace must show
        }
    }
}
