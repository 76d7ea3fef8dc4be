#!/usr/bin/env bash
# Records what the real kubectl prints for `describe` of the objects in src/test/resources/realapi/describe-objects.yaml,
# into src/test/resources/golden/describe-real/, which DescribersOnRealApiServerTest compares byte for byte.
# Point KUBECONFIG at a fresh kube-api-test API server (no controllers, so no events) before running it.
# serviceaccount.txt and replicationcontroller.txt are not recorded: they follow kubectl releases newer than the one
# the installed dispatcher runs for a 1.28 server (see src/test/resources/README-kubectl-references.md).
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/golden/describe-real
mkdir -p "$out"
# create, not apply: apply would add a last-applied-configuration annotation the test objects lack
kubectl create -f src/test/resources/realapi/describe-objects.yaml >/dev/null
# what the quota and disruption controllers would have written (the test writes the same)
kubectl patch resourcequota compute -n desc --subresource=status --type=merge \
  -p '{"status":{"hard":{"pods":"10","requests.cpu":"4","requests.memory":"8Gi"},"used":{"pods":"3","requests.cpu":"1500m","requests.memory":"1Gi"}}}' >/dev/null
kubectl patch pdb web-pdb -n desc --subresource=status --type=merge \
  -p '{"status":{"disruptionsAllowed":1,"currentHealthy":3,"desiredHealthy":2,"expectedPods":3,"observedGeneration":1}}' >/dev/null
while read -r file args; do
  # shellcheck disable=SC2086
  kubectl describe $args > "$out/$file.txt"
done <<'LIST'
role role reader -n desc
clusterrole clusterrole desc-viewer
rolebinding rolebinding reader-binding -n desc
clusterrolebinding clusterrolebinding desc-viewer-binding
pdb-min pdb web-pdb -n desc
pdb-max pdb db-pdb -n desc
resourcequota resourcequota compute -n desc
resourcequota-scoped resourcequota scoped -n desc
limitrange limitrange limits -n desc
priorityclass priorityclass critical-batch
storageclass storageclass fast
endpoints endpoints web -n desc
endpointslice endpointslice web-abc12 -n desc
networkpolicy networkpolicy web-ingress -n desc
networkpolicy-deny networkpolicy default-deny -n desc
ingressclass ingressclass nginx
LIST
