package io.krmcp.policy.layers;

import java.util.List;
import java.util.Optional;

import io.krmcp.command.ParsedCommand;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.ImageReference;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;

/**
 * {@code KUBECTL_ALLOWED_IMAGES} for every command that names an image ({@code --image}). An empty list refuses all
 * of them: running arbitrary images is how an agent would escape every other rule.
 */
public final class ImageAllowlistLayer implements PolicyLayer {

    private final List<String> allowed;

    public ImageAllowlistLayer(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public String name() {
        return "image-allowlist";
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        ParsedCommand cmd = chain.request().parsed().orElseThrow();
        if (cmd.spec().flag("image").isEmpty()) {
            return chain.proceed(chain.request());
        }
        Optional<String> image = cmd.string("image").filter(s -> !s.isEmpty());
        if (allowed.isEmpty()) {
            return deny("images-disabled", "running images is disabled: KUBECTL_ALLOWED_IMAGES is empty");
        }
        if (image.isEmpty()) {
            return deny("image-missing", "--image is required (allowed images: " + String.join(", ", allowed) + ")");
        }
        return check(image.get()).map(this::deny).orElseGet(() -> chain.proceed(chain.request()));
    }

    /** The refusal for one image, if it is not admitted; shared with the run_image tool. */
    public Optional<Denial> check(String image) {
        if (allowed.isEmpty()) {
            return Optional.of(Denial.of(name(), "images-disabled",
                    "running images is disabled: KUBECTL_ALLOWED_IMAGES is empty"));
        }
        for (String entry : allowed) {
            if (ImageReference.admits(entry, image)) {
                return Optional.empty();
            }
        }
        return Optional.of(Denial.of(name(), "image-not-allowed", "image '" + image + "' is not allowed (allowed: "
                + String.join(", ", allowed) + ")"));
    }

    private Decision deny(Denial denial) {
        return Decision.deny(denial);
    }

    private Decision deny(String code, String message) {
        return Decision.deny(Denial.of(name(), code, message));
    }
}
