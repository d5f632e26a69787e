#!/usr/bin/env python3
"""Packs a directory as a one-layer docker-archive (docker save format): make-archive.py ROOTFS OUT.tar NAME:TAG."""
import hashlib, io, json, os, sys, tarfile

root, out, name = sys.argv[1], sys.argv[2], sys.argv[3]
layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w") as t:
    for entry in sorted(os.listdir(root)):
        t.add(os.path.join(root, entry), arcname=entry)
data = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(data).hexdigest()
config = json.dumps({"architecture": "amd64", "os": "linux", "config": {"Env": ["PATH=/usr/bin:/bin"]},
                     "rootfs": {"type": "layers", "diff_ids": [diff_id]},
                     "history": [{"created_by": "quality/make-archive.py " + os.path.basename(root)}]}).encode()
config_name = hashlib.sha256(config).hexdigest() + ".json"
manifest = json.dumps([{"Config": config_name, "RepoTags": [name], "Layers": ["layer/layer.tar"]}]).encode()
with tarfile.open(out, "w") as t:
    for arcname, blob in (("layer/layer.tar", data), (config_name, config), ("manifest.json", manifest)):
        info = tarfile.TarInfo(arcname)
        info.size = len(blob)
        t.addfile(info, io.BytesIO(blob))
