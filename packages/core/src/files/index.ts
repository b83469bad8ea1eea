export {
  type FileData,
  type FileInput,
  isPathInput,
  isUploadSource,
  type UploadSource,
} from "./file-input.js";
export { createMultipartStream, type MultipartBody, type MultipartFile } from "./multipart-stream.js";
export { type OpenFile, type PreparedUpload, prepareUpload, resolveFileInput } from "./prepare-upload.js";
export type { RivyaFile } from "./rivya-file.js";
export { toUploadSource } from "./to-upload-source.js";
export { DEFAULT_UPLOAD_TIMEOUT_MS, type UploadFileParams, type UploadProgress } from "./upload-options.js";
