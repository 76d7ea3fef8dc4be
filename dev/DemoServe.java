// Serves the demo cluster with its clock fixed N seconds ahead (dev/kubectl-reference.sh); prints URL and instant.
import java.time.*;
public class DemoServe {
    public static void main(String[] a) throws Exception {
        long target = Instant.now().getEpochSecond() + Long.parseLong(a[0]);
        Instant t = Instant.ofEpochSecond(target);
        var cluster = io.krmcp.demo.DemoCluster.start(Clock.fixed(t, ZoneOffset.UTC));
        System.out.println(cluster.client().getMasterUrl() + " " + t);
        System.out.flush();
        Thread.sleep(60_000);
    }
}
