package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.AI;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.List;

/** Built-in rules for AI model platforms and LLM tooling whose keys carry the vendor's prefix. */
final class AiPlatformRules {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private AiPlatformRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.builder("aws-bedrock-api-key", "Amazon Bedrock API key (long-term)", HIGH)
                        .reason(AI + " Backed by an IAM user with Bedrock rights.").keywords("absk")
                        // "QmVkcm9ja0FQSUtleS" is base64 of "BedrockAPIKey-", the start of every long-term key.
                        .regex("\\b(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,260}={0,2})(?:[^A-Za-z0-9+/=]|$)")
                        .validator(EncodedTokens::bedrockLongTerm).build(),
                Rule.builder("aws-bedrock-short-term-api-key", "Amazon Bedrock API key (short-term)", MEDIUM)
                        .reason("A presigned request valid for up to 12 hours with its creator's Bedrock rights.")
                        .keywords("bedrock-api-key-")
                        // Base64 of "bedrock.amazonaws.com", the presigned URL's host.
                        .regex("\\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,}={0,2})"
                                + "(?:[^A-Za-z0-9+/=]|$)")
                        .expiry(EncodedTokens::bedrockShortTermExpiry).build(),
                prefixed("langfuse-secret-key", "Langfuse secret key", HIGH, AI + " Reads every traced prompt.",
                        "sk-lf-", UUID),
                prefixed("openrouter-api-key", "OpenRouter API key", HIGH, AI, "sk-or-v1-", "[a-f0-9]{64}"),
                prefixed("nvidia-api-key", "NVIDIA API key (build.nvidia.com, NGC)", HIGH, AI, "nvapi-",
                        "[A-Za-z0-9_-]{64}"),
                token("elevenlabs-api-key", "ElevenLabs API key", HIGH, AI + " Clones voices billed to the owner.",
                        "\\b(sk_[a-f0-9]{48})" + END, "sk_"),
                token("pinecone-api-key", "Pinecone API key", HIGH, "Reads and changes the project's vector indexes.",
                        "\\b(pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63})" + END, "pcsk_"));
    }
}
