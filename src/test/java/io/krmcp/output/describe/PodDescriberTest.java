package io.krmcp.output.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A pod with every section kubectl prints. Note the Go tabwriter effects kubectl users know: the condition rows'
 * trailing space widens their column, and the last volume block aligns with QoS Class and what follows.
 */
class PodDescriberTest {

    @Test
    void everySection() throws Exception {
        var pod = new ObjectMapper().readTree("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-0","namespace":"prod","uid":"u",
                  "labels":{"app":"web"},"annotations":{"note":"hi"},
                  "ownerReferences":[{"kind":"StatefulSet","name":"web","controller":true}]},
                 "spec":{"priority":0,"serviceAccountName":"web","nodeName":"n1",
                  "initContainers":[{"name":"init","image":"busybox","command":["sh","-c","echo hi"]}],
                  "containers":[{"name":"app","image":"nginx:1.27","ports":[{"containerPort":80,"protocol":"TCP"},
                    {"containerPort":443,"protocol":"TCP"}],
                    "resources":{"limits":{"memory":"256Mi","cpu":"1"},"requests":{"memory":"128Mi"}},
                    "livenessProbe":{"httpGet":{"path":"/healthz","port":8080,"scheme":"HTTP"},"periodSeconds":5},
                    "readinessProbe":{"exec":{"command":["cat","/tmp/ready"]},"failureThreshold":1},
                    "env":[{"name":"MODE","value":"prod"},{"name":"POD","valueFrom":{"fieldRef":{"apiVersion":"v1",
                      "fieldPath":"metadata.name"}}},{"name":"PW","valueFrom":{"secretKeyRef":{"name":"db","key":"pw"}}}],
                    "volumeMounts":[{"name":"data","mountPath":"/data"},{"name":"cfg","mountPath":"/etc/cfg",
                      "readOnly":true}]}],
                  "volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"data-web-0"}},
                    {"name":"cfg","configMap":{"name":"web-cfg"}}],
                  "nodeSelector":{"disk":"ssd"},
                  "tolerations":[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute",
                    "tolerationSeconds":300},{"operator":"Exists"}]},
                 "status":{"phase":"Running","hostIP":"10.0.0.1","podIP":"10.1.0.7","podIPs":[{"ip":"10.1.0.7"}],
                  "startTime":"2026-03-01T10:00:00Z","qosClass":"Burstable",
                  "conditions":[{"type":"Ready","status":"True"}],
                  "initContainerStatuses":[{"name":"init","containerID":"c://1","imageID":"i1","ready":true,
                    "restartCount":0,"state":{"terminated":{"exitCode":0,"reason":"Completed",
                    "startedAt":"2026-03-01T10:00:01Z","finishedAt":"2026-03-01T10:00:02Z"}}}],
                  "containerStatuses":[{"name":"app","containerID":"c://2","imageID":"i2","ready":true,
                    "restartCount":1,"state":{"running":{"startedAt":"2026-03-01T10:05:00Z"}},
                    "lastState":{"terminated":{"exitCode":137,"reason":"OOMKilled",
                      "startedAt":"2026-03-01T10:00:03Z","finishedAt":"2026-03-01T10:04:59Z"}}}]}}""");
        assertEquals("""
                Name:             web-0
                Namespace:        prod
                Priority:         0
                Service Account:  web
                Node:             n1/10.0.0.1
                Start Time:       Sun, 01 Mar 2026 10:00:00 +0000
                Labels:           app=web
                Annotations:      note: hi
                Status:           Running
                IP:               10.1.0.7
                IPs:
                  IP:           10.1.0.7
                Controlled By:  StatefulSet/web
                Init Containers:
                  init:
                    Container ID:  c://1
                    Image:         busybox
                    Image ID:      i1
                    Port:          <none>
                    Host Port:     <none>
                    Command:
                      sh
                      -c
                      echo hi
                    State:          Terminated
                      Reason:       Completed
                      Exit Code:    0
                      Started:      Sun, 01 Mar 2026 10:00:01 +0000
                      Finished:     Sun, 01 Mar 2026 10:00:02 +0000
                    Ready:          True
                    Restart Count:  0
                    Environment:    <none>
                    Mounts:         <none>
                Containers:
                  app:
                    Container ID:   c://2
                    Image:          nginx:1.27
                    Image ID:       i2
                    Ports:          80/TCP, 443/TCP
                    Host Ports:     0/TCP, 0/TCP
                    State:          Running
                      Started:      Sun, 01 Mar 2026 10:05:00 +0000
                    Last State:     Terminated
                      Reason:       OOMKilled
                      Exit Code:    137
                      Started:      Sun, 01 Mar 2026 10:00:03 +0000
                      Finished:     Sun, 01 Mar 2026 10:04:59 +0000
                    Ready:          True
                    Restart Count:  1
                    Limits:
                      cpu:     1
                      memory:  256Mi
                    Requests:
                      memory:   128Mi
                    Liveness:   http-get http://:8080/healthz delay=0s timeout=1s period=5s #success=1 #failure=3
                    Readiness:  exec [cat /tmp/ready] delay=0s timeout=1s period=10s #success=1 #failure=1
                    Environment:
                      MODE:  prod
                      POD:   web-0 (v1:metadata.name)
                      PW:    <set to the key 'pw' in secret 'db'>  Optional: false
                    Mounts:
                      /data from data (rw)
                      /etc/cfg from cfg (ro)
                Conditions:
                  Type    Status
                  Ready   True\s
                Volumes:
                  data:
                    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
                    ClaimName:  data-web-0
                    ReadOnly:   false
                  cfg:
                    Type:        ConfigMap (a volume populated by a ConfigMap)
                    Name:        web-cfg
                    Optional:    false
                QoS Class:       Burstable
                Node-Selectors:  disk=ssd
                Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                 op=Exists
                Events:          <none>
                """, new PodDescriber().describe(pod, Related.eventsOnly(List.of()), Instant.parse("2026-03-01T12:00:00Z")));
    }
}
