{{- define "krmcp.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "krmcp.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "krmcp.selectorLabels" -}}
app.kubernetes.io/name: {{ include "krmcp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "krmcp.labels" -}}
{{ include "krmcp.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: kubernetes-remediation-mcp
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "krmcp.serviceAccountName" -}}
{{- default (include "krmcp.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}

{{/* Verbs of config.allowedCommands that change the cluster (rollout status/history only read). */}}
{{- define "krmcp.writeCommands" -}}
{{- $writes := list -}}
{{- range .Values.config.allowedCommands -}}
{{- $words := splitList " " (trim .) -}}
{{- $verb := first $words -}}
{{- if has $verb (list "delete" "scale" "patch" "run" "label" "annotate" "cordon" "uncordon" "drain" "taint" "apply" "create" "edit" "replace" "set" "exec" "cp") -}}
{{- $writes = append $writes . -}}
{{- else if eq $verb "rollout" -}}
{{- if or (eq (len $words) 1) (not (has (last $words) (list "status" "history"))) -}}
{{- $writes = append $writes . -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- join "," $writes -}}
{{- end -}}

{{/* Read access: what get, describe and logs read. */}}
{{- define "krmcp.readRules" -}}
- apiGroups: [""]
  resources: [pods, pods/log, services, endpoints, configmaps, events, persistentvolumeclaims, replicationcontrollers, serviceaccounts, resourcequotas, limitranges]
  verbs: [get, list, watch]
{{- if .Values.rbac.readSecrets }}
- apiGroups: [""]
  resources: [secrets]
  verbs: [get, list, watch]
{{- end }}
- apiGroups: [apps]
  resources: [deployments, replicasets, statefulsets, daemonsets, controllerrevisions]
  verbs: [get, list, watch]
- apiGroups: [batch]
  resources: [jobs, cronjobs]
  verbs: [get, list, watch]
- apiGroups: [autoscaling]
  resources: [horizontalpodautoscalers]
  verbs: [get, list, watch]
- apiGroups: [networking.k8s.io]
  resources: [ingresses, networkpolicies]
  verbs: [get, list, watch]
- apiGroups: [policy]
  resources: [poddisruptionbudgets]
  verbs: [get, list, watch]
- apiGroups: [discovery.k8s.io]
  resources: [endpointslices]
  verbs: [get, list, watch]
- apiGroups: [events.k8s.io]
  resources: [events]
  verbs: [get, list, watch]
- apiGroups: [metrics.k8s.io]
  resources: [pods]
  verbs: [get, list]
- apiGroups: [rbac.authorization.k8s.io]
  resources: [roles, rolebindings]
  verbs: [get, list, watch]
{{- include "krmcp.customResourceRules" . }}
{{- end -}}

{{/*
Reads of custom resources, never of the core group (where Secrets live): rbac.readCustomResources.groups names API
groups, and rbac.readCustomResources.allGroups takes every group the cluster serves at install time except the core
group (helm template without a cluster sees only the built-in groups).
*/}}
{{- define "krmcp.customResourceRules" -}}
{{- $groups := list -}}
{{- range .Values.rbac.readCustomResources.groups -}}
{{- $groups = append $groups . -}}
{{- end -}}
{{- if .Values.rbac.readCustomResources.allGroups -}}
{{- range .Capabilities.APIVersions -}}
{{- $parts := splitList "/" . -}}
{{- if ge (len $parts) 2 -}}
{{- $groups = append $groups (index $parts 0) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- range $groups | uniq | sortAlpha }}
{{- if and . (ne . "v1") }}
- apiGroups: [{{ . | quote }}]
  resources: ["*"]
  verbs: [get, list, watch]
{{- end }}
{{- end }}
{{- end -}}

{{/* Cluster-scoped reads (nodes, namespaces, PVs, storage classes, node leases, CRDs, cluster RBAC objects,
priority and ingress classes), which no Role can grant. */}}
{{- define "krmcp.clusterRemediationRules" -}}
- apiGroups: [""]
  resources: [nodes]
  verbs: [patch]
{{- end -}}

{{- define "krmcp.clusterReadRules" -}}
- apiGroups: [""]
  resources: [nodes, namespaces, persistentvolumes]
  verbs: [get, list, watch]
- apiGroups: [storage.k8s.io]
  resources: [storageclasses]
  verbs: [get, list, watch]
- apiGroups: [coordination.k8s.io]
  resources: [leases]
  verbs: [get]
- apiGroups: [metrics.k8s.io]
  resources: [nodes]
  verbs: [get, list]
- apiGroups: [apiextensions.k8s.io]
  resources: [customresourcedefinitions]
  verbs: [get, list, watch]
- apiGroups: [rbac.authorization.k8s.io]
  resources: [clusterroles, clusterrolebindings]
  verbs: [get, list, watch]
- apiGroups: [scheduling.k8s.io]
  resources: [priorityclasses]
  verbs: [get, list, watch]
- apiGroups: [networking.k8s.io]
  resources: [ingressclasses]
  verbs: [get, list, watch]
{{- end -}}

{{/*
Exactly what the remediation verbs send: delete (the kinds the rule file's safe patterns re-allow), scale (the
scale subresources), rollout restart/pause/resume/undo (patch on the workloads), patch, label and annotate (patch
on the same kinds), cordon, uncordon, taint and drain (patch on nodes, cluster-wide), drain's evictions, run
(create, then delete its pod), and exec only while config.allowedExecCommands lists commands (the WebSocket upgrade
is a GET that newer servers authorize as create, so both).
*/}}
{{- define "krmcp.remediationRules" -}}
- apiGroups: [""]
  resources: [pods]
  verbs: [create, delete, patch]
- apiGroups: [""]
  resources: [services, configmaps]
  verbs: [delete, patch]
- apiGroups: [""]
  resources: [replicationcontrollers/scale]
  verbs: [get, patch, update]
- apiGroups: [apps]
  resources: [deployments, statefulsets, daemonsets]
  verbs: [patch]
- apiGroups: [apps]
  resources: [deployments]
  verbs: [delete]
- apiGroups: [apps]
  resources: [deployments/scale, replicasets/scale, statefulsets/scale]
  verbs: [get, patch, update]
- apiGroups: [batch]
  resources: [jobs]
  verbs: [delete]
- apiGroups: [""]
  resources: [pods/eviction]
  verbs: [create]
{{- if .Values.config.allowedExecCommands }}
- apiGroups: [""]
  resources: [pods/exec]
  verbs: [get, create]
{{- end }}
{{- end -}}
