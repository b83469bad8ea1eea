import { frameSize, parseAspectRatio } from "./aspect-ratio.js";
import { resultFps } from "./plan-result.js";
import { type ResultMedia, renderResult } from "./render-result.js";

const cache = new Map<string, Promise<ResultMedia>>();

/**
 * The base of `/media/large.mp4`: a 1 s emulator card, 90 px on its shorter side, in `aspect`
 * (16:9 when absent or unparseable). Shapes are few, so each is rendered once.
 */
export function testCardVideo(aspect: string | undefined): Promise<ResultMedia> {
  const size = frameSize(parseAspectRatio(aspect) ?? 16 / 9, 90);
  const key = `${size.width}x${size.height}`;
  let media = cache.get(key);
  if (!media || cache.size > 32) {
    media = renderResult({
      taskId: "large.mp4",
      modelId: "test card",
      prompt: null,
      spec: {
        kind: "video",
        ...size,
        fps: resultFps,
        seconds: 1,
        sound: false,
        firstImage: null,
        lastImage: null,
      },
    });
    if (cache.size <= 32) cache.set(key, media);
  }
  return media;
}
