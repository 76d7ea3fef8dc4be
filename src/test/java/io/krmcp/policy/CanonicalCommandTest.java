package io.krmcp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.krmcp.command.CommandParser;

class CanonicalCommandTest {

    private final CommandParser parser = new CommandParser(TestVerbSpecs::spec, v -> false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "get po                               | kubectl get pods --namespace=default",
            "get po -n kube-system                | kubectl get pods --namespace=kube-system",
            "-n kube-system get po                | kubectl get pods --namespace=kube-system",
            "get pods -nkube-system -o wide       | kubectl get pods --output=wide --namespace=kube-system",
            "get deploy/web svc/web               | kubectl get deployments.apps/web services/web --namespace=default",
            "get deploy,svc web                   | kubectl get deployments.apps,services web --namespace=default",
            "get pods.v1. x                       | kubectl get pods x --namespace=default",
            "get pods -A                          | kubectl get pods --all-namespaces=true --namespace=default",
            "get pods -L a -L b,c                 | kubectl get pods --label-columns=a,b,c --namespace=default",
            "get pods -o json -o yaml             | kubectl get pods --output=yaml --namespace=default",
            "delete --all po                      | kubectl delete pods --all=true --namespace=default",
            "delete po x --grace_period=0         | kubectl delete pods x --grace-period=0 --namespace=default",
            "rollout undo deploy/web              | kubectl rollout undo deployments.apps/web --namespace=default",
            "exec web -c app -- ls -la            | kubectl exec web --container=app --namespace=default -- ls -la",
            "get widgets.example.com              | kubectl get widgets.example.com --namespace=default"})
    void canonicalForm(String line, String expected) throws Exception {
        assertEquals(expected, CanonicalCommand.of(parser.parse(List.of(line.split(" "))), parser.parse(
                List.of(line.split(" "))).string("namespace").filter(s -> !s.isEmpty()).orElse("default")));
    }
}
