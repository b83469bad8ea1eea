/** An uploaded image a result shows, as the emulator stored it. */
export interface ReferenceImage {
  path: string;
  mimeType: string;
}

/** What a task's result is made of: decided at create time from the model and the request. */
export type ResultSpec =
  | {
      kind: "video";
      width: number;
      height: number;
      fps: number;
      seconds: number;
      sound: boolean;
      /** The first frame (the first reference image). */
      firstImage: ReferenceImage | null;
      /** The last frame (Kling and other first/last-frame models: the second image). */
      lastImage: ReferenceImage | null;
    }
  | { kind: "image"; width: number; height: number; firstImage: ReferenceImage | null }
  | { kind: "audio"; seconds: number };
