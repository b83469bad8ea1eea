import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sniffMediaType } from "./sniff-media-type.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? ascii(part) : part)));

describe("sniffMediaType on real files (made with ffmpeg, committed under test/fixtures)", () => {
  it.each([
    ["red.jpg", "image/jpeg", "image"],
    ["red.png", "image/png", "image"],
    ["red.webp", "image/webp", "image"],
    ["blue.mp4", "video/mp4", "video"],
    ["blue.mov", "video/quicktime", "video"],
    ["blue.webm", "video/webm", "video"],
    ["blue.mkv", "video/x-matroska", "video"],
    ["tone.mp3", "audio/mpeg", "audio"],
    ["tone-no-id3.mp3", "audio/mpeg", "audio"],
    ["tone.wav", "audio/wav", "audio"],
    ["tone.ogg", "audio/ogg", "audio"],
    ["tone.aac", "audio/aac", "audio"],
    ["tone.m4a", "audio/mp4", "audio"],
  ])("%s is %s", (name, mimeType, kind) => {
    expect(sniffMediaType(fixture(name))).toEqual({ mimeType, kind });
  });
});

describe("sniffMediaType on constructed headers", () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ["JPEG (SOI + APP1/Exif)", bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10], "Exif"), "image/jpeg"],
    ["PNG", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR"), "image/png"],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8L"), "image/webp"],
    ["WAV", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "), "audio/wav"],
    ["AVI (RIFF, but not a supported type)", bytes("RIFF", [0x24, 0, 0, 0], "AVI LIST"), undefined],
    ["MP4 (isom brand)", bytes([0, 0, 0, 0x20], "ftypisom", [0, 0, 2, 0]), "video/mp4"],
    ["MP4 (mp42 brand)", bytes([0, 0, 0, 0x18], "ftypmp42", [0, 0, 0, 0]), "video/mp4"],
    ["MOV (qt brand)", bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 2, 0]), "video/quicktime"],
    ["M4A", bytes([0, 0, 0, 0x1c], "ftypM4A ", [0, 0, 2, 0]), "audio/mp4"],
    [
      "WebM",
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], "webm"),
      "video/webm",
    ],
    ["Matroska", bytes([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x82, 0x88], "matroska"), "video/x-matroska"],
    ["MP3 with ID3v2", bytes("ID3", [4, 0, 0, 0, 0, 0, 0]), "audio/mpeg"],
    ["MP3 frame (MPEG-1 layer III)", bytes([0xff, 0xfb, 0x90, 0x64]), "audio/mpeg"],
    ["AAC ADTS (MPEG-4)", bytes([0xff, 0xf1, 0x50, 0x80]), "audio/aac"],
    ["AAC ADTS (MPEG-2)", bytes([0xff, 0xf9, 0x50, 0x80]), "audio/aac"],
    ["OGG", bytes("OggS", [0, 2, 0, 0]), "audio/ogg"],
    ["GIF", bytes("GIF89a", [1, 0, 1, 0]), undefined],
    ["PDF", bytes("%PDF-1.7"), undefined],
    ["plain text", bytes("hello, world"), undefined],
    ["a JPEG cut after two bytes", bytes([0xff, 0xd8]), undefined],
    ["an ftyp box cut before its brand", bytes([0, 0, 0, 0x20], "ftyp"), undefined],
    ["nothing", new Uint8Array(0), undefined],
  ])("%s", (_name, header, mimeType) => {
    expect(sniffMediaType(header)?.mimeType).toBe(mimeType);
  });
});
