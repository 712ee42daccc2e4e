PlotSpecCommand.main()
