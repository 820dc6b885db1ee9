from vstrecha.cli import main

raise SystemExit(main())
